using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Errors;

namespace RL4Med.Augment.Runs.Configuration;

/// <summary>
/// A whole run configuration (<c>pipelines/*.json</c>): the data part (<see cref="DataConfig"/>) plus one
/// section per later stage. Loaded with <see cref="Load"/>; an unknown field anywhere is an error.
/// Names: a class read from a run configuration file ends in <c>Config</c> (this one the whole file), a library's
/// settings that a section embeds or fills end in <c>Options</c>, and a command's command-line options in <c>Settings</c>.
/// </summary>
public sealed class RunConfig : DataConfig
{
    /// <summary>The text-conditioned diffusion generator: its shape and its pretraining.</summary>
    public GeneratorConfig Generator { get; set; } = new();

    /// <summary>The attribute classifiers: the reward model DDPO optimises and the independent evaluator (stage <c>reward</c>).</summary>
    public RL4Med.Augment.Rewards.RewardModels.RewardModelPairOptions Reward { get; set; } = new();

    /// <summary>DDPO fine-tuning of the pretrained generator against the reward model (stage <c>ddpo</c>).</summary>
    public DdpoConfig Ddpo { get; set; } = new();

    /// <summary>The generator evaluation (stage <c>evaluate-generator</c>).</summary>
    public EvaluationConfig Evaluation { get; set; } = new();

    /// <summary>Synthetic images for the under-represented subgroups (stage <c>augment</c>).</summary>
    public AugmentConfig Augment { get; set; } = new();

    /// <summary>The disease classifier of the four arms.</summary>
    public ClassifierConfig Classifier { get; set; } = new();

    /// <summary>
    /// How many seeds the classifier arms are trained with (<c>run --seeds N</c> and <c>train-classifier --seeds N</c> override
    /// it). The generator stages run once; each seed trains every arm again (its own weights, data order and oversampling
    /// draw, see <c>ClassifierSeed</c>), and the report gives the mean and standard deviation across seeds and pools the
    /// seeds in its paired bootstrap. Seed 0 is the run seed, so 1 gives exactly the single-seed run. Default 1.
    /// </summary>
    public int Seeds { get; set; } = 1;

    /// <summary>External test sets that <c>run</c> also reports on.</summary>
    public ReportConfig Report { get; set; } = new();

    /// <summary>Loads and validates <paramref name="path"/>; errors name the file and the option.</summary>
    public static RunConfig Load(string path)
    {
        var config = DataConfigLoader.Load<RunConfig>(path);
        RunOwnedFields.Refuse(path);
        config.Generator.Validate(config, path);
        try
        {
            config.Reward.Validate();
        }
        catch (ArgumentException e)
        {
            throw new InputDataException($"option 'reward': {e.Message}", path);
        }
        ValidateDdpo(config, path);
        if (config.Seeds < 1)
            throw new InputDataException($"option 'seeds': {config.Seeds} must be at least 1 (the classifier arms are trained once per seed)", path);
        if (config.Augment.BatchSize < 1)
            throw new InputDataException($"option 'augment.batchSize': {config.Augment.BatchSize} must be at least 1", path);
        if (config.Augment.RewardThreshold is < 0 or > 1)
            throw new InputDataException($"option 'augment.rewardThreshold': {config.Augment.RewardThreshold} must be in [0, 1] (rewards are shares)", path);
        if (!config.Dataset.KeptDiagnoses.Contains(config.Classifier.PositiveClass))
            throw new InputDataException(
                $"option 'classifier.positiveClass': '{config.Classifier.PositiveClass}' is not a kept diagnosis ({string.Join(", ", config.Dataset.KeptDiagnoses)})", path);
        if (!DiseaseClassifierKinds.All.Contains(config.Classifier.Kind))
            throw new InputDataException(
                $"option 'classifier.kind': '{config.Classifier.Kind}' is not one of {string.Join(", ", DiseaseClassifierKinds.All)}", path);
        if (config.Classifier.ResNet18.L2Regularization < 0)
            throw new InputDataException($"option 'classifier.resnet18.l2Regularization': {config.Classifier.ResNet18.L2Regularization} must not be negative", path);
        if (config.Classifier.ResNet18.Iterations < 1)
            throw new InputDataException($"option 'classifier.resnet18.iterations': {config.Classifier.ResNet18.Iterations} must be at least 1", path);
        return config;
    }

    private static void ValidateDdpo(RunConfig config, string path)
    {
        try
        {
            config.Ddpo.TrainingOptions(config.Generator.Sampling).Validate();
        }
        catch (ArgumentException e)
        {
            throw new InputDataException($"option 'ddpo.training': {e.Message}", path);
        }
    }
}
