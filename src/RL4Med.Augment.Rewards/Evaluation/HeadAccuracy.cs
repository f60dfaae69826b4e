using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;

namespace RL4Med.Augment.Rewards.Evaluation;

/// <summary>Accuracy and balanced accuracy per head of predictions against label vectors (unknown entries are skipped).</summary>
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
                scored > 0 ? recalls.Average() : null));
        }
        return scores;
    }
}
