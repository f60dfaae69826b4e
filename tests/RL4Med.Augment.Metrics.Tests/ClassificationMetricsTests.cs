using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class ClassificationMetricsTests
{
    private static readonly string[] Classes = ["a", "b", "c"];

    /// <summary>
    /// Confusion matrix (rows true, columns predicted):
    ///        a  b  c
    ///   a    3  1  0   (4 rows)
    ///   b    0  2  1   (3 rows)
    ///   c    2  0  1   (3 rows)
    /// predicted counts: a 5, b 3, c 2.
    /// </summary>
    private static readonly PredictionSet ThreeClass = Build.Labelled(Classes, "c",
        [
            .. Build.Repeat(3, "a", "a", "g"), .. Build.Repeat(1, "a", "b", "g"),
            .. Build.Repeat(2, "b", "b", "g"), .. Build.Repeat(1, "b", "c", "g"),
            .. Build.Repeat(2, "c", "a", "g"), .. Build.Repeat(1, "c", "c", "g"),
        ]);

    [Fact]
    public void Count_is_the_number_of_rows() =>
        Assert.Equal(10, ClassificationMetrics.Count.Evaluate(ThreeClass));

    [Fact]
    public void Accuracy_is_the_share_on_the_diagonal() =>
        // (3 + 2 + 1) / 10
        Assert.Equal(0.6, ClassificationMetrics.Accuracy.Evaluate(ThreeClass), 12);

    [Fact]
    public void Balanced_accuracy_is_the_mean_recall_over_classes() =>
        // (3/4 + 2/3 + 1/3) / 3 = 7/12
        Assert.Equal(7.0 / 12, ClassificationMetrics.BalancedAccuracy.Evaluate(ThreeClass), 12);

    [Fact]
    public void Macro_F1_is_the_mean_of_2TP_over_true_plus_predicted() =>
        // a: 6/(4+5) = 2/3, b: 4/(3+3) = 2/3, c: 2/(3+2) = 2/5; mean 26/45
        Assert.Equal(26.0 / 45, ClassificationMetrics.MacroF1.Evaluate(ThreeClass), 12);

    [Fact]
    public void Recall_of_a_class_is_its_diagonal_over_its_true_count() =>
        Assert.Equal(0.75, ClassificationMetrics.Recall("a").Evaluate(ThreeClass), 12);

    [Fact]
    public void Sensitivity_is_the_recall_of_the_positive_class() =>
        // positive c: 1 of 3 c rows found
        Assert.Equal(1.0 / 3, ClassificationMetrics.Sensitivity.Evaluate(ThreeClass), 12);

    [Fact]
    public void Specificity_is_one_vs_rest_true_negative_rate() =>
        // 7 non-c rows, one (b -> c) predicted c: 6/7
        Assert.Equal(6.0 / 7, ClassificationMetrics.Specificity.Evaluate(ThreeClass), 12);

    [Fact]
    public void Selection_rate_is_the_share_predicted_positive() =>
        Assert.Equal(0.2, ClassificationMetrics.SelectionRate.Evaluate(ThreeClass), 12);

    [Fact]
    public void Rates_without_a_denominator_are_NaN_not_zero()
    {
        PredictionSet noPositives = Build.Labelled(Classes, "c", ("a", "a", "g"), ("b", "a", "g"));

        Assert.True(double.IsNaN(ClassificationMetrics.Sensitivity.Evaluate(noPositives)));
        Assert.True(double.IsNaN(ClassificationMetrics.Recall("c").Evaluate(noPositives)));
        Assert.Equal(1, ClassificationMetrics.Specificity.Evaluate(noPositives));
    }

    [Fact]
    public void Balanced_accuracy_and_macro_F1_skip_classes_that_never_occur()
    {
        // c occurs neither as truth nor as prediction; b only as a prediction.
        PredictionSet twoOfThree = Build.Labelled(Classes, "c", ("a", "a", "g"), ("a", "b", "g"));

        Assert.Equal(0.5, ClassificationMetrics.BalancedAccuracy.Evaluate(twoOfThree), 12);
        // a: 2*1/(2+1) = 2/3, b: 0/(0+1) = 0; mean 1/3
        Assert.Equal(1.0 / 3, ClassificationMetrics.MacroF1.Evaluate(twoOfThree), 12);
    }

    [Fact]
    public void Standard_holds_ten_distinctly_named_metrics_including_the_positive_class_auc()
    {
        IReadOnlyList<Metric> standard = ClassificationMetrics.Standard(ThreeClass);

        Assert.Equal(10, standard.Select(metric => metric.Name).Distinct().Count());
        Assert.Contains(standard, metric => metric.Name == "auc[c]");
    }
}
