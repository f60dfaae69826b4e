namespace RL4Med.Augment.Metrics;

/// <summary>Counts of (true class, predicted class) pairs in a sample, each row weighted by its multiplicity.</summary>
internal sealed class ConfusionMatrix
{
    private readonly double[,] counts;

    private ConfusionMatrix(int classCount, int positiveClass)
    {
        ClassCount = classCount;
        PositiveClass = positiveClass;
        counts = new double[classCount, classCount];
        TrueCounts = new double[classCount];
        PredictedCounts = new double[classCount];
    }

    public int ClassCount { get; }

    /// <summary>Index of the class that one-vs-rest rates treat as positive.</summary>
    public int PositiveClass { get; }

    /// <summary>Weighted number of rows.</summary>
    public double Total { get; private set; }

    /// <summary>Weighted rows whose prediction is right.</summary>
    public double Correct { get; private set; }

    /// <summary>Weighted rows of each true class (row sums).</summary>
    public double[] TrueCounts { get; }

    /// <summary>Weighted rows predicted as each class (column sums).</summary>
    public double[] PredictedCounts { get; }

    /// <summary>Weighted rows of true class <paramref name="trueClass"/> predicted as <paramref name="predictedClass"/>.</summary>
    public double this[int trueClass, int predictedClass] => counts[trueClass, predictedClass];

    public static ConfusionMatrix Of(RowSample sample)
    {
        PredictionSet set = sample.Set;
        var matrix = new ConfusionMatrix(set.ClassNames.Count, set.PositiveClassIndex);
        foreach (int row in sample.Subset.Rows)
        {
            int weight = sample.Multiplicity[row];
            if (weight == 0) continue;
            int truth = set.TrueClass[row];
            int predicted = set.PredictedClass[row];
            matrix.counts[truth, predicted] += weight;
            matrix.TrueCounts[truth] += weight;
            matrix.PredictedCounts[predicted] += weight;
            matrix.Total += weight;
            if (truth == predicted) matrix.Correct += weight;
        }
        return matrix;
    }
}
