using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.Runs.Configuration;

namespace RL4Med.Augment.Runs.Reports;

/// <summary>
/// The report's statement of what was chosen on which split. It is true by construction of the stages: the test split is
/// read only when train-classifier scores it for the report; early stopping and the reward heads' checks read the
/// validation split; the reward filter's cut-off is a configuration value.
/// </summary>
public static class ModelSelection
{
    /// <summary>The statement for the run of <paramref name="config"/>.</summary>
    public static string Describe(RunConfig config)
    {
        var cnn = config.Classifier.Cnn;
        string epochs = config.Classifier.Kind == DiseaseClassifierKinds.Cnn
            ? $"The classifier's epoch was chosen on the validation split: early stopping on its {cnn.EarlyStoppingMetric} (patience {cnn.EarlyStoppingPatience} epochs), keeping the best validation epoch's weights."
            : $"The {config.Classifier.Kind} classifier trains to its configured settings; no epoch is chosen.";
        string filter = config.Augment.RewardThreshold is double threshold
            ? $"The reward filter's cut-off (augment.rewardThreshold = {threshold:0.###}) is set in the configuration, not chosen on any split."
            : "No reward filter was applied (augment.rewardThreshold is not set).";
        return "The test split was used once, for the numbers shown: no stage reads it before the classifier arms score it for this report. " +
               $"{epochs} No decision threshold is tuned: a prediction is the class of highest score. {filter} " +
               "The reward model's and the evaluator's heads are checked on the validation split.";
    }
}
