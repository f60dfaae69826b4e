namespace RL4Med.Augment.Metrics;

/// <summary>
/// The predictions of one model on one evaluation split, with a subgroup and a cluster per row: the input of
/// <see cref="MetricFrame"/>, <see cref="FairnessMetrics"/> and <see cref="ClusterBootstrap"/>.
/// Rows are validated once here, so the metrics can index arrays without checks.
/// </summary>
public sealed class PredictionSet
{
    private readonly Dictionary<string, int> classIndex;

    /// <summary>Validates and indexes <paramref name="rows"/>.</summary>
    /// <param name="classNames">The classes, in the order of each row's <see cref="PredictionRow.Scores"/>.</param>
    /// <param name="positiveClass">The class that one-vs-rest rates (sensitivity, specificity, fairness) treat as positive, e.g. <c>mel</c>.</param>
    /// <param name="rows">The predictions.</param>
    /// <exception cref="ArgumentException">A class is unknown, a score vector has the wrong length or a non-finite value, or a group or cluster is missing.</exception>
    public PredictionSet(IReadOnlyList<string> classNames, string positiveClass, IReadOnlyList<PredictionRow> rows)
    {
        if (classNames.Count < 2) throw new ArgumentException("A prediction set needs at least two classes.", nameof(classNames));
        classIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string name in classNames)
        {
            if (!classIndex.TryAdd(name, classIndex.Count))
                throw new ArgumentException($"Class '{name}' is listed twice in the class names.", nameof(classNames));
        }
        ClassNames = classNames.ToArray();
        PositiveClassIndex = ClassIndex(positiveClass);
        Rows = rows.ToArray();

        int classCount = ClassNames.Count;
        TrueClass = new int[Count];
        PredictedClass = new int[Count];
        Scores = new float[Count * classCount];
        Confidence = new float[Count];
        ScoreArgmax = new int[Count];
        for (int row = 0; row < Count; row++)
        {
            PredictionRow prediction = Rows[row];
            TrueClass[row] = ClassIndexOfRow(prediction.TrueLabel, row, "true label");
            PredictedClass[row] = ClassIndexOfRow(prediction.PredictedLabel, row, "predicted label");
            CopyScores(prediction, row);
            if (prediction.Group is null) throw new ArgumentException($"Row {row} has no group.", nameof(rows));
            if (prediction.Cluster is null) throw new ArgumentException($"Row {row} has no cluster id.", nameof(rows));
        }

        Groups = Rows.Select(r => r.Group).Distinct().Order(StringComparer.Ordinal).ToArray();
        AllRows = new RowSubset(this, Enumerable.Range(0, Count).ToArray());
        var rowsByGroup = Enumerable.Range(0, Count).ToLookup(row => Rows[row].Group, StringComparer.Ordinal);
        GroupRows = Groups.Select(group => new RowSubset(this, rowsByGroup[group].ToArray())).ToArray();
    }

    /// <summary>Builds a set from parallel arrays, one entry per row.</summary>
    /// <exception cref="ArgumentException">The arrays differ in length, or any check of the main constructor fails.</exception>
    public static PredictionSet FromArrays(
        IReadOnlyList<string> classNames,
        string positiveClass,
        IReadOnlyList<string> trueLabels,
        IReadOnlyList<string> predictedLabels,
        IReadOnlyList<float[]> scores,
        IReadOnlyList<string> groups,
        IReadOnlyList<string> clusters)
    {
        int count = trueLabels.Count;
        RequireLength(predictedLabels.Count, count, nameof(predictedLabels));
        RequireLength(scores.Count, count, nameof(scores));
        RequireLength(groups.Count, count, nameof(groups));
        RequireLength(clusters.Count, count, nameof(clusters));
        var rows = new PredictionRow[count];
        for (int row = 0; row < count; row++)
            rows[row] = new PredictionRow(trueLabels[row], predictedLabels[row], scores[row], groups[row], clusters[row]);
        return new PredictionSet(classNames, positiveClass, rows);
    }

    /// <summary>The classes, in score order.</summary>
    public IReadOnlyList<string> ClassNames { get; }

    /// <summary>The class treated as positive by one-vs-rest rates.</summary>
    public string PositiveClass => ClassNames[PositiveClassIndex];

    /// <summary>The rows, as given.</summary>
    public IReadOnlyList<PredictionRow> Rows { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Rows.Count;

    /// <summary>The distinct group keys, in ordinal order; group-wise results follow this order.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <summary>The same predictions under another grouping (e.g. sex x age band instead of diagnosis x artifact).</summary>
    /// <param name="groups">One group key per row.</param>
    public PredictionSet WithGroups(IReadOnlyList<string> groups)
    {
        RequireLength(groups.Count, Count, nameof(groups));
        return new PredictionSet(ClassNames, PositiveClass, Rows.Select((row, index) => row with { Group = groups[index] }).ToArray());
    }

    /// <summary>The position of <paramref name="className"/> in <see cref="ClassNames"/>.</summary>
    /// <exception cref="ArgumentException">The class is not one of <see cref="ClassNames"/>.</exception>
    public int ClassIndex(string className) =>
        classIndex.TryGetValue(className, out int index)
            ? index
            : throw new ArgumentException($"Class '{className}' is not one of the classes: {string.Join(", ", ClassNames)}.", nameof(className));

    internal int PositiveClassIndex { get; }

    internal int[] TrueClass { get; }

    internal int[] PredictedClass { get; }

    /// <summary>Row-major scores: the score of class c for row r is at r * class count + c.</summary>
    internal float[] Scores { get; }

    /// <summary>Highest score of each row: the confidence that calibration error bins on.</summary>
    internal float[] Confidence { get; }

    /// <summary>Class of the highest score of each row (first on ties): the prediction calibration error judges.</summary>
    internal int[] ScoreArgmax { get; }

    internal RowSubset AllRows { get; }

    /// <summary>The rows of each group, aligned with <see cref="Groups"/>.</summary>
    internal RowSubset[] GroupRows { get; }

    /// <summary>A multiplicity of one for every row: the sample that point estimates are computed on.</summary>
    internal int[] UnitMultiplicity() => Enumerable.Repeat(1, Count).ToArray();

    internal float Score(int row, int classIndex) => Scores[row * ClassNames.Count + classIndex];

    private int ClassIndexOfRow(string label, int row, string role) =>
        label is not null && classIndex.TryGetValue(label, out int index)
            ? index
            : throw new ArgumentException($"Row {row}: {role} '{label}' is not one of the classes: {string.Join(", ", ClassNames)}.");

    private void CopyScores(PredictionRow prediction, int row)
    {
        int classCount = ClassNames.Count;
        if (prediction.Scores is null || prediction.Scores.Length != classCount)
            throw new ArgumentException($"Row {row}: has {prediction.Scores?.Length ?? 0} scores; expected {classCount}, one per class ({string.Join(", ", ClassNames)}).");
        int best = 0;
        for (int c = 0; c < classCount; c++)
        {
            float score = prediction.Scores[c];
            if (!float.IsFinite(score)) throw new ArgumentException($"Row {row}: score of class '{ClassNames[c]}' is {score}; scores must be finite.");
            Scores[row * classCount + c] = score;
            if (score > prediction.Scores[best]) best = c;
        }
        ScoreArgmax[row] = best;
        Confidence[row] = prediction.Scores[best];
    }

    private static void RequireLength(int actual, int expected, string parameter)
    {
        if (actual != expected) throw new ArgumentException($"{parameter} has {actual} entries; expected {expected}, one per row.", parameter);
    }
}
