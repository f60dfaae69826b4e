using RL4Med.Augment.Metrics;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;

namespace RL4Med.Augment.Rewards.Heads;

/// <summary>Accuracy, balanced accuracy and AUC per head of predictions against label vectors (unknown entries are skipped).</summary>
public static class HeadAccuracy
{
    /// <summary>One score per head of <paramref name="prediction"/>, against one label vector per image.</summary>
    public static IReadOnlyList<HeadScore> Measure(AttributePrediction prediction, IReadOnlyList<int[]> labels)
    {
        if (labels.Count != prediction.Count)
            throw new ArgumentException($"{labels.Count} label vectors for {prediction.Count} predictions");
        var heads = prediction.Heads;
        var scores = new List<HeadScore>(heads.Count);
        for (int h = 0; h < heads.Count; h++)
        {
            int classes = heads[h].Values.Count;
            var total = new int[classes];
            var correct = new int[classes];
            for (int i = 0; i < labels.Count; i++)
            {
                int label = labels[i][h];
                if (label == AttributeHeads.Unknown) continue;
                total[label]++;
                if (prediction.PredictedClass(i, h) == label) correct[label]++;
            }
            int scored = total.Sum();
            var recalls = Enumerable.Range(0, classes).Where(c => total[c] > 0).Select(c => (double)correct[c] / total[c]).ToList();
            scores.Add(new HeadScore(heads[h].Name, scored,
                scored > 0 ? (double)correct.Sum() / scored : null,
                scored > 0 ? recalls.Average() : null,
                Auc(prediction, labels, h)));
        }
        return scores;
    }

    // One-vs-rest over the classes that occur; a binary head's class 1 is its positive class.
    private static double? Auc(AttributePrediction prediction, IReadOnlyList<int[]> labels, int head)
    {
        var known = Enumerable.Range(0, labels.Count).Where(i => labels[i][head] != AttributeHeads.Unknown).ToList();
        var present = known.Select(i => labels[i][head]).Distinct().Order().ToList();
        if (present.Count < 2) return null;
        var classes = prediction.Heads[head].IsBinary ? [1] : present;
        return classes.Average(c => RankAuc.Of(
            known.Select(i => prediction.ProbabilityOf(i, head, c)).ToList(),
            known.Select(i => labels[i][head] == c).ToList()));
    }
}
