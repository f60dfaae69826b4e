namespace RL4Med.Augment.Metrics;

/// <summary>
/// Metrics overall and per group, with the between-group comparisons of Fairlearn's MetricFrame.
/// Comparisons skip groups where a metric is undefined (NaN), as pandas' min and max do, and skip small
/// groups when <see cref="MetricFrameOptions.ExcludeSmallGroupsFromComparisons"/> is set.
/// </summary>
public sealed class MetricFrame
{
    private readonly Dictionary<string, int> metricIndex;
    private readonly double[] overall;
    private readonly double[][] byGroup;
    private readonly bool[] isCompared;

    internal MetricFrame(PredictionSet predictions, IReadOnlyList<Metric> metrics, MetricFrameOptions options, int[] multiplicity)
    {
        Metrics = metrics.ToArray();
        Options = options;
        metricIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Metric metric in Metrics)
        {
            if (!metricIndex.TryAdd(metric.Name, metricIndex.Count))
                throw new ArgumentException($"Metric '{metric.Name}' is listed twice.", nameof(metrics));
        }

        overall = Evaluate(predictions.AllRows, multiplicity);
        byGroup = predictions.GroupRows.Select(rows => Evaluate(rows, multiplicity)).ToArray();
        Overall = ByName(overall);
        ByGroup = predictions.Groups
            .Select((group, index) =>
            {
                int rowCount = predictions.GroupRows[index].Rows.Length;
                return new GroupMetrics(group, rowCount, rowCount < options.MinimumGroupSize, ByName(byGroup[index]));
            })
            .ToArray();
        isCompared = ByGroup.Select(group => !(group.IsSmall && options.ExcludeSmallGroupsFromComparisons)).ToArray();
    }

    /// <summary>Computes every metric on all rows and on each group of <paramref name="predictions"/>.</summary>
    /// <exception cref="ArgumentException">Two metrics share a name.</exception>
    public static MetricFrame Compute(PredictionSet predictions, IReadOnlyList<Metric> metrics, MetricFrameOptions? options = null) =>
        new(predictions, metrics, options ?? new MetricFrameOptions(), predictions.UnitMultiplicity());

    /// <summary>The metrics, in column order.</summary>
    public IReadOnlyList<Metric> Metrics { get; }

    /// <summary>The small-group rule in force.</summary>
    public MetricFrameOptions Options { get; }

    /// <summary>Metric name to its value on all rows (Fairlearn's <c>overall</c>).</summary>
    public IReadOnlyDictionary<string, double> Overall { get; }

    /// <summary>One entry per group, in the order of <see cref="PredictionSet.Groups"/> (Fairlearn's <c>by_group</c>); small groups are flagged, never dropped.</summary>
    public IReadOnlyList<GroupMetrics> ByGroup { get; }

    /// <summary>The lowest value of <paramref name="metricName"/> across compared groups (Fairlearn's <c>group_min</c>).</summary>
    public GroupExtreme GroupMin(string metricName) => GroupMin(MetricIndex(metricName));

    /// <summary>The highest value of <paramref name="metricName"/> across compared groups (Fairlearn's <c>group_max</c>).</summary>
    public GroupExtreme GroupMax(string metricName) => GroupMax(MetricIndex(metricName));

    /// <summary>The worst value across compared groups: the minimum, or the maximum for metrics where lower is better (ECE, FPR).</summary>
    public GroupExtreme WorstGroup(string metricName) => WorstGroup(MetricIndex(metricName));

    /// <summary>Group max minus group min (Fairlearn's <c>difference(method='between_groups')</c>); NaN when no compared group has a value.</summary>
    public double Difference(string metricName) => Difference(MetricIndex(metricName));

    /// <summary>Group min divided by group max (Fairlearn's <c>ratio(method='between_groups')</c>); NaN when no compared group has a value or both are 0.</summary>
    public double Ratio(string metricName)
    {
        int metric = MetricIndex(metricName);
        return GroupMin(metric).Value / GroupMax(metric).Value;
    }

    internal double OverallValue(int metric) => overall[metric];

    internal double GroupValue(int group, int metric) => byGroup[group][metric];

    internal GroupExtreme GroupMin(int metric) => Extreme(metric, isBetter: (candidate, best) => candidate < best);

    internal GroupExtreme GroupMax(int metric) => Extreme(metric, isBetter: (candidate, best) => candidate > best);

    internal GroupExtreme WorstGroup(int metric) => Metrics[metric].HigherIsBetter ? GroupMin(metric) : GroupMax(metric);

    internal double Difference(int metric) => GroupMax(metric).Value - GroupMin(metric).Value;

    private GroupExtreme Extreme(int metric, Func<double, double, bool> isBetter)
    {
        int found = -1;
        for (int group = 0; group < byGroup.Length; group++)
        {
            double value = byGroup[group][metric];
            if (!isCompared[group] || double.IsNaN(value)) continue;
            if (found < 0 || isBetter(value, byGroup[found][metric])) found = group;
        }
        return found < 0 ? new GroupExtreme(null, double.NaN) : new GroupExtreme(ByGroup[found].Group, byGroup[found][metric]);
    }

    private double[] Evaluate(RowSubset rows, int[] multiplicity)
    {
        var sample = new RowSample(rows, multiplicity);
        return Metrics.Select(metric => metric.Compute(sample)).ToArray();
    }

    private Dictionary<string, double> ByName(double[] values) =>
        Metrics.Select((metric, index) => (metric.Name, Value: values[index])).ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private int MetricIndex(string metricName) =>
        metricIndex.TryGetValue(metricName, out int index)
            ? index
            : throw new ArgumentException($"The frame has no metric '{metricName}'; it has: {string.Join(", ", metricIndex.Keys)}.", nameof(metricName));
}
