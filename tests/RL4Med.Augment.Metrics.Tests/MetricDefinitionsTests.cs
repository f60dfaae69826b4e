using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class MetricDefinitionsTests
{
    [Fact]
    public void The_text_states_every_metric_comparison_fairness_summary_and_the_bootstrap()
    {
        PredictionSet set = Build.MelanomaScores([0.2f, 0.9f], ["nev", "mel"]);
        IReadOnlyList<Metric> metrics = ClassificationMetrics.Standard(set);

        string text = MetricDefinitions.Describe(metrics, bootstrapOptions: new BootstrapOptions { Resamples = 500, Seed = 7 });

        Assert.All(metrics, metric => Assert.Contains(metric.Definition, text));
        Assert.Contains("difference: group max - group min (Fairlearn difference(method='between_groups'))", text);
        Assert.Contains("ratio: group min / group max", text);
        Assert.Contains("equalized odds difference", text);
        Assert.Contains("demographic parity difference", text);
        Assert.Contains("95% percentile intervals from 500 bootstrap resamples (System.Random, seed 7)", text);
        Assert.Contains("fewer than 30 rows are flagged but still compared", text);
    }

    [Fact]
    public void Every_definition_starts_with_the_metric_name()
    {
        PredictionSet set = Build.MelanomaScores([0.2f, 0.9f], ["nev", "mel"]);

        Assert.All(ClassificationMetrics.Standard(set), metric => Assert.StartsWith(metric.Name + ":", metric.Definition));
    }
}
