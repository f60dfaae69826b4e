using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

/// <summary>Small prediction sets for specifications, written row by row.</summary>
internal static class Build
{
    public static readonly string[] Dermoscopy = ["nev", "mel"];

    /// <summary>One row per (true, predicted, group); scores are one-hot on the prediction, each row its own cluster.</summary>
    public static PredictionSet Labelled(string[] classes, string positiveClass, params (string Truth, string Predicted, string Group)[] rows) =>
        new(classes, positiveClass, rows
            .Select((row, index) => new PredictionRow(row.Truth, row.Predicted, OneHot(classes, row.Predicted), row.Group, $"lesion{index}"))
            .ToArray());

    /// <summary>A nev/mel set in one group: the mel score of each row and its true class; the prediction is the higher score.</summary>
    public static PredictionSet MelanomaScores(float[] melScores, string[] truths) =>
        new(Dermoscopy, "mel", melScores
            .Select((score, index) => new PredictionRow(truths[index], score > 0.5f ? "mel" : "nev", [1 - score, score], "all", $"lesion{index}"))
            .ToArray());

    /// <summary>The same (true, predicted) pair <paramref name="count"/> times.</summary>
    public static IEnumerable<(string Truth, string Predicted, string Group)> Repeat(int count, string truth, string predicted, string group) =>
        Enumerable.Repeat((truth, predicted, group), count);

    /// <summary>
    /// A seeded nev/mel set of <paramref name="lesionCount"/> lesions with <paramref name="imagesPerLesion"/> images
    /// each, spread over groups g0, g1, ...; all images of a lesion share its truth and are all right or all wrong,
    /// so images of a lesion are as correlated as can be. The cluster is the lesion, or each image when
    /// <paramref name="clusterByImage"/> is set.
    /// </summary>
    public static PredictionSet Lesions(int lesionCount, int imagesPerLesion, int groupCount, int seed, bool clusterByImage = false)
    {
        var random = new Random(seed);
        var rows = new List<PredictionRow>();
        for (int lesion = 0; lesion < lesionCount; lesion++)
        {
            string truth = random.NextDouble() < 0.3 ? "mel" : "nev";
            string predicted = random.NextDouble() < 0.8 ? truth : Other(truth);
            for (int image = 0; image < imagesPerLesion; image++)
            {
                float melScore = (float)(predicted == "mel" ? 0.5 + 0.5 * random.NextDouble() : 0.5 * random.NextDouble());
                string cluster = clusterByImage ? $"lesion{lesion}/image{image}" : $"lesion{lesion}";
                rows.Add(new PredictionRow(truth, predicted, [1 - melScore, melScore], $"g{lesion % groupCount}", cluster));
            }
        }
        return new PredictionSet(Dermoscopy, "mel", rows);
    }

    private static string Other(string dermoscopyClass) => dermoscopyClass == "mel" ? "nev" : "mel";

    private static float[] OneHot(string[] classes, string predicted) =>
        classes.Select(name => name == predicted ? 1f : 0f).ToArray();
}
