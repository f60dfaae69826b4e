using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Diffusion.Training;

namespace RL4Med.Augment.Runs.Layout;

/// <summary>Where each stage of a run reads and writes, under <c>runs/&lt;name&gt;/</c>.</summary>
public sealed class RunLayout(string root)
{
    /// <summary>The run folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>prepare-data's manifest.</summary>
    public string Manifest => DatasetPreparer.ManifestPathOf(Root);

    /// <summary>Pretraining: checkpoint, exported generator and sample grids.</summary>
    public string Pretrain => Path.Combine(Root, "generator", "pretrain");

    /// <summary>The pretrained generator (EMA weights and vocabulary), for sampling.</summary>
    public string PretrainedGenerator => Path.Combine(Pretrain, GeneratorTrainer.GeneratorFileName);

    /// <summary>The reward model and the evaluator (stage <c>reward</c>), with <c>validation.json</c>.</summary>
    public string Reward => Path.Combine(Root, "generator", "reward");

    /// <summary>The synthetic images and manifest that <c>augment</c> made with one generator (<c>pretrained</c> or <c>ddpo</c>).</summary>
    public string Augment(string generator) => Path.Combine(Root, "augment", generator);

    /// <summary>The synthetic manifest of one generator.</summary>
    public string SyntheticManifest(string generator) => Path.Combine(Augment(generator), "synthetic_manifest.csv");

    /// <summary>One classifier arm: model, test predictions, metrics.</summary>
    public string Arm(string arm) => Path.Combine(Root, "classifier", arm);

    /// <summary>The generator evaluation: tables, grids per prompt and a model card per generator.</summary>
    public string Evaluation => Path.Combine(Root, "evaluation");

    /// <summary>The exported generators that exist, by name (<c>pretrained</c>, later <c>ddpo</c>).</summary>
    public IReadOnlyDictionary<string, string> Generators =>
        new Dictionary<string, string> { ["pretrained"] = PretrainedGenerator }
            .Where(g => File.Exists(g.Value)).ToDictionary(g => g.Key, g => g.Value);

    /// <summary>The per-subgroup report: report.html, report.md, report.json.</summary>
    public string Report => Path.Combine(Root, "report");

    /// <summary>The resumable pretraining checkpoint.</summary>
    public string PretrainCheckpoint => Path.Combine(Pretrain, GeneratorTrainer.CheckpointFileName);
}
