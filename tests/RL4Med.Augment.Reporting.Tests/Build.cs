using RL4Med.Augment.Metrics;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Tests;

/// <summary>Tiny hand-built experiments whose numbers are known, for specifications.</summary>
internal static class Build
{
    public static readonly string[] Classes = ["nv", "mel"];

    public const string Common = "diagnosis=nv, ink=0";

    public const string Rare = "diagnosis=mel, ink=1";

    /// <summary>A subgroup with one test image: below every minimum the tests use.</summary>
    public const string Tiny = "diagnosis=mel, ink=0";

    /// <summary>An arm of one row per (true, predicted, subgroup); each row its own lesion, scores one-hot on the prediction.</summary>
    public static ArmPredictions Arm(string name, params (string Truth, string Predicted, string Subgroup)[] rows) =>
        new(name,
            rows.Select((_, index) => $"img{index:D3}").ToArray(),
            new PredictionSet(Classes, "mel", rows
                .Select((row, index) => new PredictionRow(row.Truth, row.Predicted, Classes.Select(c => c == row.Predicted ? 0.9f : 0.1f).ToArray(), row.Subgroup, $"lesion{index}"))
                .ToArray()));

    /// <summary><paramref name="arm"/> with more test images in <paramref name="subgroup"/>, each its own lesion.</summary>
    public static ArmPredictions WithImages(ArmPredictions arm, string subgroup, params (string Truth, string Predicted)[] images) => arm with
    {
        SampleIds = [.. arm.SampleIds, .. images.Select((_, index) => $"{subgroup} #{index}")],
        Predictions = new PredictionSet(Classes, "mel",
        [
            .. arm.Predictions.Rows,
            .. images.Select((image, index) => new PredictionRow(
                image.Truth, image.Predicted, Classes.Select(c => c == image.Predicted ? 0.9f : 0.1f).ToArray(), subgroup, $"{subgroup} lesion{index}")),
        ]),
    };

    /// <summary>
    /// Accuracy 0.75 overall: the common subgroup (4 nevi) all right, the rare one (4 melanomas) half right, so
    /// the worst subgroup is the rare one at 0.5.
    /// </summary>
    public static ArmPredictions ThreeQuarters(string name) => Arm(name,
        ("nv", "nv", Common), ("nv", "nv", Common), ("nv", "nv", Common), ("nv", "nv", Common),
        ("mel", "mel", Rare), ("mel", "mel", Rare), ("mel", "nv", Rare), ("mel", "nv", Rare));

    /// <summary>
    /// 10 common nevi (8 right) and 10 rare melanomas: all right when <paramref name="rareRight"/>, all wrong
    /// otherwise. Worst-group accuracy is 0.8 or 0.0, whatever the resample.
    /// </summary>
    public static ArmPredictions RareAllRightOrWrong(string name, bool rareRight) => Arm(name,
    [
        .. Enumerable.Range(0, 10).Select(i => ("nv", i < 8 ? "nv" : "mel", Common)),
        .. Enumerable.Repeat(("mel", rareRight ? "mel" : "nv", Rare), 10),
    ]);

    /// <summary>
    /// 60 test images of 30 lesions (two each) over the common and rare subgroups, right with probability
    /// <paramref name="accuracy"/>; the truths are the same for every arm, the predictions seeded by the arm's name.
    /// </summary>
    public static ArmPredictions Seeded(string name, double accuracy)
    {
        var truths = new Random(1);
        var predictions = new Random(name.Length);
        var rows = new List<(string, string, string)>();
        for (int image = 0; image < 60; image++)
        {
            string truth = truths.NextDouble() < 0.5 ? "mel" : "nv";
            string predicted = predictions.NextDouble() < accuracy ? truth : truth == "mel" ? "nv" : "mel";
            rows.Add((truth, predicted, image % 3 == 0 ? Rare : Common));
        }
        ArmPredictions arm = Arm(name, rows.ToArray());
        var clustered = arm.Predictions.Rows.Select((row, index) => row with { Cluster = $"lesion{index / 2}" }).ToArray();
        return arm with { Predictions = new PredictionSet(Classes, "mel", clustered) };
    }

    /// <summary>Inputs of the given arms with the rare subgroup under-represented and a small, fast bootstrap.</summary>
    public static ReportInputs Inputs(params ArmPredictions[] arms) => new()
    {
        TestSetName = "hand-built test set",
        Arms = arms,
        PositiveClass = "mel",
        ClassNames = Classes,
        UnderRepresentedSubgroups = new HashSet<string> { Rare },
        MinimumTestImages = 2,
        Bootstrap = new BootstrapOptions { Resamples = 200, Seed = 5 },
        ConfigurationJson = "{ \"name\": \"hand-built\" }",
        Seeds = new Dictionary<string, long> { ["split"] = 7 },
    };

    /// <summary>A one-pixel PNG, enough for an image panel.</summary>
    public static byte[] OnePixelPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
