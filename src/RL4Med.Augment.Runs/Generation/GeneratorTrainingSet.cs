using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Data.Prompts;
using RL4Med.Augment.Data.Subgroups;
using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Training;

namespace RL4Med.Augment.Runs.Generation;

/// <summary>
/// The generator's training data: every real training image with the prompt its attributes give, and a
/// vocabulary that also covers the prompts of subgroups absent from training, so that rare and unseen
/// combinations (melanoma with ink) can be asked for later.
/// </summary>
public sealed class GeneratorTrainingSet
{
    private GeneratorTrainingSet(int images, IReadOnlyList<GeneratorExample> examples, PromptTokenizer tokenizer, IReadOnlyList<string> gridPrompts)
    {
        Images = images;
        Examples = examples;
        Tokenizer = tokenizer;
        GridPrompts = gridPrompts;
    }

    /// <summary>Real training images read.</summary>
    public int Images { get; }

    /// <summary>One epoch of pretraining: every image, those of under-represented subgroups repeated as configured.</summary>
    public IReadOnlyList<GeneratorExample> Examples { get; }

    public PromptTokenizer Tokenizer { get; }

    /// <summary>Prompts of the training sample grids: per diagnosis, no artifact and each artifact alone.</summary>
    public IReadOnlyList<string> GridPrompts { get; }

    /// <summary>
    /// Reads the real training images of <paramref name="manifest"/> (already preprocessed to the configured size); those of
    /// under-represented subgroups are listed <paramref name="rareImageRepeats"/> times.
    /// </summary>
    public static GeneratorTrainingSet From(DatasetManifest manifest, DataConfig config, int rareImageRepeats = 1, IProgress<int>? progress = null)
    {
        var builder = new PromptBuilder(config.Dataset);
        var rows = manifest.Split(SplitNames.Train).Where(r => !r.IsSynthetic).ToList();
        var examples = new GeneratorExample[rows.Count];
        int done = 0;
        Parallel.For(0, rows.Count, i =>
        {
            examples[i] = new GeneratorExample(ImagePixels.LoadChw(manifest.ImageFile(rows[i]), ImageLimits.Default), builder.PromptOf(rows[i]));
            progress?.Report(Interlocked.Increment(ref done));
        });

        var counts = DatasetPreparer.CountSubgroups(manifest, config);
        var rare = counts.UnderRepresented.Select(c => c.Key).ToHashSet();
        var repeated = rows.SelectMany((row, i) => Enumerable.Repeat(examples[i], rare.Contains(counts.Spec.KeyOf(row)) ? rareImageRepeats : 1)).ToList();

        var gridPrompts = GridPromptsFor(builder, config, rows);
        var spec = SubgroupSpec.Parse(config.Subgroups.By, config.Dataset.Attributes);
        var subgroupPrompts = spec.PossibleKeys(config.Dataset.KeptDiagnoses).Select(k => builder.Describe(builder.SpecOf(k)));
        // Every diagnosis with every artifact at once: puts each word (and the comma of "hair, ink markings") in the
        // vocabulary even when no training image shows two artifacts together.
        var typical = new TypicalPrompts(builder, rows);
        var allFlags = config.Dataset.KeptDiagnoses.Select(d => typical.Describe(typical.For(d, builder.Flags.Select(f => f.Name))));
        var tokenizer = PromptTokenizer.Build(examples.Select(e => e.Prompt).Concat(gridPrompts).Concat(subgroupPrompts).Concat(allFlags));
        return new GeneratorTrainingSet(rows.Count, repeated, tokenizer, gridPrompts);
    }

    /// <summary>Per diagnosis: no artifact, then each artifact alone, with typical values for the rest.</summary>
    private static List<string> GridPromptsFor(PromptBuilder builder, DataConfig config, IReadOnlyList<ManifestRow> rows)
    {
        var typical = new TypicalPrompts(builder, rows);
        return config.Dataset.KeptDiagnoses
            .SelectMany(diagnosis => new[] { Array.Empty<string>() }.Concat(builder.Flags.Select(f => new[] { f.Name }))
                .Select(flags => typical.Describe(typical.For(diagnosis, flags))))
            .ToList();
    }
}
