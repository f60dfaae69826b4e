namespace RL4Med.Augment.Metrics;

/// <summary>
/// The bootstrap's view of a frame as one vector, so that resampling, subtraction of paired arms and
/// interval taking each work on plain arrays. Blocks of one value per metric: overall, each group in order,
/// worst group, between-group difference.
/// </summary>
internal sealed class EstimateLayout(IReadOnlyList<Metric> metrics, IReadOnlyList<string> groups)
{
    private int MetricCount => metrics.Count;

    private int WorstGroupBlock => 1 + groups.Count;

    private int DifferenceBlock => 2 + groups.Count;

    public int Length => MetricCount * (3 + groups.Count);

    public double[] Flatten(MetricFrame frame)
    {
        var values = new double[Length];
        for (int metric = 0; metric < MetricCount; metric++)
        {
            values[Slot(0, metric)] = frame.OverallValue(metric);
            for (int group = 0; group < groups.Count; group++) values[Slot(1 + group, metric)] = frame.GroupValue(group, metric);
            values[Slot(WorstGroupBlock, metric)] = frame.WorstGroup(metric).Value;
            values[Slot(DifferenceBlock, metric)] = frame.Difference(metric);
        }
        return values;
    }

    public BootstrapResult ToResult(ConfidenceInterval[] intervals, BootstrapOptions options) => new(
        options.Resamples,
        options.ConfidenceLevel,
        Block(intervals, 0),
        groups.Select((group, index) => (group, intervals: Block(intervals, 1 + index)))
            .ToDictionary(p => p.group, p => p.intervals, StringComparer.Ordinal),
        Block(intervals, WorstGroupBlock),
        Block(intervals, DifferenceBlock));

    private IReadOnlyDictionary<string, ConfidenceInterval> Block(ConfidenceInterval[] intervals, int block) =>
        metrics.Select((metric, index) => (metric.Name, Interval: intervals[Slot(block, index)]))
            .ToDictionary(p => p.Name, p => p.Interval, StringComparer.Ordinal);

    private int Slot(int block, int metric) => block * MetricCount + metric;
}
