using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Runs.Arms;
using RL4Med.Augment.Runs.Augmenting;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Evaluation;
using RL4Med.Augment.Runs.Generation;
using RL4Med.Augment.Runs.Layout;
using RL4Med.Augment.Runs.Preparation;
using RL4Med.Augment.Runs.Reports;

namespace RL4Med.Augment.Runs.Stages;

/// <summary>A stage of the run by name, opened when its turn comes (a later stage needs what earlier ones made).</summary>
/// <param name="Name">The stage's name (see <see cref="IRunStage.Name"/>).</param>
/// <param name="Open">Creates the stage; the caller disposes it.</param>
public sealed record StageEntry(string Name, Func<IRunStage> Open);

/// <summary>The stages of a run, in the order <c>run</c> takes them: this list is what <c>run</c> does.</summary>
public static class RunStages
{
    /// <summary>The stages <c>train-generator</c> runs, in order (<c>autoencoder</c> only for latent generation).</summary>
    public static IReadOnlyList<string> GeneratorStages { get; } = ["reward", "autoencoder", "pretrain", "ddpo"];

    /// <summary>
    /// Every stage of the run of <paramref name="config"/>: prepare-data, the generator's stages (the autoencoder's when it
    /// generates in a latent space), its evaluation,
    /// augmentation with each generator, the classifier arms, the report and one report per external test set.
    /// </summary>
    public static IReadOnlyList<StageEntry> InOrder(RunConfig config, RunLayout layout, string configurationText, StageOptions options) =>
    [
        new("prepare-data", () => new PrepareDataStage(config, layout, options.WorkingDirectory, options.DataRoot)),
        new("reward", () => new RewardStage(config, layout, options)),
        // Latent generation only; after reward, so that the reconstructions are judged by the reward model too.
        .. config.Generator.Autoencoder is null ? [] : new[] { new StageEntry("autoencoder", () => new AutoencoderStage(config, layout, options)) },
        new("pretrain", () => new PretrainStage(config, layout, options)),
        new("ddpo", () => new DdpoFineTuningStage(config, layout, options)),
        new("evaluate-generator", () => new EvaluateGeneratorStage(config, layout, options)),
        .. GeneratorNames.All.Select(generator => new StageEntry($"augment {generator}", () => new AugmentStage(config, layout, generator, options.Device))),
        new("train-classifier", () => new TrainClassifierStage(config, layout, options)),
        new("report", () => new ReportStage(config, layout, configurationText)),
        .. config.Report.TestSets.Select(testSet => new StageEntry($"report {testSet}", () => new ReportStage(config, layout, configurationText, testSet, options))),
    ];

    /// <summary>The stage named <paramref name="name"/> of <paramref name="stages"/>; an unknown name is an error listing the known ones.</summary>
    public static StageEntry Named(this IReadOnlyList<StageEntry> stages, string name) =>
        stages.FirstOrDefault(stage => stage.Name == name)
        ?? throw new ArgumentException($"stage '{name}' is not one of {string.Join(", ", stages.Select(stage => stage.Name))}");
}
