using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class MetricFrameTests
{
    /// <summary>Group F: 4 rows, 3 right (accuracy 0.75). Group M: 2 rows, 1 right (accuracy 0.5). Overall 4/6.</summary>
    private static readonly PredictionSet TwoGroups = Build.Labelled(Build.Dermoscopy, "mel",
    [
        .. Build.Repeat(3, "mel", "mel", "F"), .. Build.Repeat(1, "nev", "mel", "F"),
        .. Build.Repeat(1, "nev", "nev", "M"), .. Build.Repeat(1, "mel", "nev", "M"),
    ]);

    private static readonly Metric[] AccuracyAndEce = [ClassificationMetrics.Accuracy, ClassificationMetrics.ExpectedCalibrationError];

    [Fact]
    public void Overall_is_the_metric_on_all_rows() =>
        Assert.Equal(4.0 / 6, MetricFrame.Compute(TwoGroups, AccuracyAndEce).Overall["accuracy"], 12);

    [Fact]
    public void By_group_lists_each_group_in_ordinal_order_with_its_row_count()
    {
        MetricFrame frame = MetricFrame.Compute(TwoGroups, AccuracyAndEce);

        Assert.Equal(["F", "M"], frame.ByGroup.Select(group => group.Group));
        Assert.Equal([4, 2], frame.ByGroup.Select(group => group.RowCount));
        Assert.Equal(0.75, frame.ByGroup[0].Values["accuracy"], 12);
        Assert.Equal(0.5, frame.ByGroup[1].Values["accuracy"], 12);
    }

    [Fact]
    public void Group_min_and_max_name_the_group_that_attains_them()
    {
        MetricFrame frame = MetricFrame.Compute(TwoGroups, AccuracyAndEce);

        Assert.Equal(new GroupExtreme("M", 0.5), frame.GroupMin("accuracy"));
        Assert.Equal(new GroupExtreme("F", 0.75), frame.GroupMax("accuracy"));
    }

    [Fact]
    public void Difference_is_max_minus_min_and_ratio_is_min_over_max()
    {
        MetricFrame frame = MetricFrame.Compute(TwoGroups, AccuracyAndEce);

        Assert.Equal(0.25, frame.Difference("accuracy"), 12);
        Assert.Equal(0.5 / 0.75, frame.Ratio("accuracy"), 12);
    }

    [Fact]
    public void Worst_group_is_the_minimum_where_higher_is_better_and_the_maximum_where_lower_is()
    {
        MetricFrame frame = MetricFrame.Compute(TwoGroups, AccuracyAndEce);

        // One-hot scores: F's ECE is 1/4 (one confident miss in four), M's is 1/2.
        Assert.Equal("M", frame.WorstGroup("accuracy").Group);
        Assert.Equal(new GroupExtreme("M", 0.5), frame.WorstGroup("ece"));
    }

    [Fact]
    public void Small_groups_are_flagged_and_still_compared_by_default()
    {
        MetricFrame frame = MetricFrame.Compute(TwoGroups, AccuracyAndEce, new MetricFrameOptions { MinimumGroupSize = 3 });

        Assert.Equal([false, true], frame.ByGroup.Select(group => group.IsSmall));
        Assert.Equal("M", frame.GroupMin("accuracy").Group);
    }

    [Fact]
    public void Small_groups_can_be_left_out_of_comparisons_but_stay_listed()
    {
        var options = new MetricFrameOptions { MinimumGroupSize = 3, ExcludeSmallGroupsFromComparisons = true };

        MetricFrame frame = MetricFrame.Compute(TwoGroups, AccuracyAndEce, options);

        Assert.Equal(2, frame.ByGroup.Count);
        Assert.Equal(new GroupExtreme("F", 0.75), frame.GroupMin("accuracy"));
        Assert.Equal(0, frame.Difference("accuracy"));
    }

    [Fact]
    public void Groups_where_a_metric_is_undefined_are_skipped_in_comparisons()
    {
        // M has no melanoma, so its sensitivity is NaN; only F is compared.
        PredictionSet set = Build.Labelled(Build.Dermoscopy, "mel", ("mel", "mel", "F"), ("mel", "nev", "F"), ("nev", "nev", "M"));

        MetricFrame frame = MetricFrame.Compute(set, [ClassificationMetrics.Sensitivity]);

        Assert.True(double.IsNaN(frame.ByGroup[1].Values["sensitivity"]));
        Assert.Equal(new GroupExtreme("F", 0.5), frame.WorstGroup("sensitivity"));
        Assert.Equal(0, frame.Difference("sensitivity"));
    }

    [Fact]
    public void An_unknown_metric_name_lists_the_frames_metrics()
    {
        MetricFrame frame = MetricFrame.Compute(TwoGroups, AccuracyAndEce);

        var error = Assert.Throws<ArgumentException>(() => frame.Difference("auc"));
        Assert.Contains("'auc'", error.Message);
        Assert.Contains("accuracy, ece", error.Message);
    }

    [Fact]
    public void Two_metrics_with_one_name_are_refused() =>
        Assert.Throws<ArgumentException>(() =>
            MetricFrame.Compute(TwoGroups, [ClassificationMetrics.Accuracy, ClassificationMetrics.Accuracy]));
}
