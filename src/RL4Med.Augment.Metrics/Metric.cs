namespace RL4Med.Augment.Metrics;

/// <summary>
/// A named statistic of a set of predictions: one column of a <see cref="MetricFrame"/>.
/// The catalog is <see cref="ClassificationMetrics"/>; each metric carries the definition a report prints.
/// </summary>
public sealed class Metric
{
    private readonly Func<RowSample, double> compute;

    internal Metric(string name, bool higherIsBetter, string definition, Func<RowSample, double> compute)
    {
        Name = name;
        HigherIsBetter = higherIsBetter;
        Definition = definition;
        this.compute = compute;
    }

    /// <summary>Column name in frames and reports, e.g. <c>accuracy</c> or <c>auc[mel]</c>.</summary>
    public string Name { get; }

    /// <summary>Whether a larger value is better; decides which group is the worst.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>One sentence stating how the value is computed and when it is undefined (NaN).</summary>
    public string Definition { get; }

    /// <summary>The value on every row of <paramref name="predictions"/>.</summary>
    public double Evaluate(PredictionSet predictions) =>
        Compute(new RowSample(predictions.AllRows, predictions.UnitMultiplicity()));

    internal double Compute(RowSample sample) => compute(sample);

    public override string ToString() => Name;
}
