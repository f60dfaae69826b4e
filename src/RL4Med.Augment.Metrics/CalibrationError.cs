namespace RL4Med.Augment.Metrics;

/// <summary>
/// Expected calibration error (Guo et al. 2017): rows binned by confidence (highest score) into equal-width bins
/// (0, 0.1], (0.1, 0.2], ..., (0.9, 1]; the error is the sum over bins of |bin|/n * |accuracy(bin) - mean confidence(bin)|.
/// </summary>
internal static class CalibrationError
{
    public const int BinCount = 10;

    /// <summary>ECE of the sample; NaN when it is empty.</summary>
    public static double Expected(RowSample sample)
    {
        PredictionSet set = sample.Set;
        var correct = new double[BinCount];
        var confidence = new double[BinCount];
        double total = 0;
        foreach (int row in sample.Subset.Rows)
        {
            int weight = sample.Multiplicity[row];
            if (weight == 0) continue;
            int bin = BinOf(set.Confidence[row]);
            confidence[bin] += weight * (double)set.Confidence[row];
            if (set.ScoreArgmax[row] == set.TrueClass[row]) correct[bin] += weight;
            total += weight;
        }
        // |bin|/n * |correct/|bin| - confidence/|bin|| simplifies to |correct - confidence| / n.
        double gap = 0;
        for (int bin = 0; bin < BinCount; bin++) gap += Math.Abs(correct[bin] - confidence[bin]);
        return total == 0 ? double.NaN : gap / total;
    }

    /// <summary>The bin (lower, upper] holding <paramref name="confidence"/>; a confidence of 0 goes to the first bin.</summary>
    public static int BinOf(float confidence) =>
        Math.Clamp((int)Math.Ceiling(confidence * (double)BinCount) - 1, 0, BinCount - 1);
}
