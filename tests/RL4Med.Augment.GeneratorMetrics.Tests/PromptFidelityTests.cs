using RL4Med.Augment.GeneratorMetrics;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.Reward;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Rewards.Heads;

namespace RL4Med.Augment.GeneratorMetrics.Tests;

public class PromptFidelityTests
{
    // What the evaluator's heads would be for images of three diagnoses with hair and ink flags.
    private static AttributeHeads ImageHeads() => new(new[]
    {
        new AttributeHead("diagnosis", AttributeKind.Categorical, new[] { "mel", "nv", "bkl" }),
        new AttributeHead("hair", AttributeKind.Binary, AttributeHead.BinaryValues),
        new AttributeHead("ink", AttributeKind.Binary, AttributeHead.BinaryValues),
    });

    private static AttributeTarget Target(params (string Head, string Value)[] values) =>
        new(values.ToDictionary(v => v.Head, v => v.Value));

    [Fact]
    public void ArtifactPrevalenceRateCountsImagesWhoseFlagsAllMatch()
    {
        var heads = ImageHeads();
        // The evaluator's reading:      diagnosis      hair  ink
        var prediction = new AttributePrediction(heads, new float[,]
        {
            { 0.8f, 0.1f, 0.1f, 0.9f, 0.1f },   // mel, hair, no ink
            { 0.8f, 0.1f, 0.1f, 0.9f, 0.9f },   // mel, hair, ink
            { 0.1f, 0.8f, 0.1f, 0.1f, 0.1f },   // nv, no hair, no ink
            { 0.1f, 0.8f, 0.1f, 0.1f, 0.1f },   // nv, no hair, no ink
            { 0.1f, 0.1f, 0.8f, 0.9f, 0.1f },   // bkl, hair, no ink
        });
        var targets = new[]
        {
            Target(("diagnosis", "mel"), ("hair", "1"), ("ink", "0")),  // all flags match
            Target(("diagnosis", "mel"), ("hair", "1"), ("ink", "0")),  // ink wrong
            Target(("diagnosis", "mel"), ("hair", "0"), ("ink", "0")),  // flags match, diagnosis wrong
            Target(("diagnosis", "nv"), ("hair", "1"), ("ink", "0")),   // hair wrong
            Target(("diagnosis", "bkl")),                               // states no flag: not in the APR
        };

        var report = PromptFidelity.Measure(prediction, targets);

        Assert.Equal(5, report.Images);
        Assert.Equal(4, report.ArtifactImages);
        Assert.Equal(2.0 / 4, report.ArtifactPrevalenceRate);
        Assert.Equal(4.0 / 5, report.DiagnosisAccuracy);
        Assert.Equal(3.0 / 4, report.PerAttribute.Single(s => s.Name == "hair").Accuracy);
        Assert.Equal(3.0 / 4, report.PerAttribute.Single(s => s.Name == "ink").Accuracy);
        // Per image, what a bootstrap over the images resamples.
        Assert.Equal(new bool?[] { true, false, true, false, null }, report.ArtifactMatches);
        Assert.Equal(new bool?[] { true, true, false, true, true }, report.DiagnosisMatches);
        Assert.Equal(new double?[] { 1, 2.0 / 3, 2.0 / 3, 2.0 / 3, 1 }, report.Alignments);
    }
}
