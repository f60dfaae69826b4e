using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class FairnessMetricsTests
{
    /// <summary>A: TPR 2/3, FPR 1/4, selection 3/7.</summary>
    private static readonly (string, string, string)[] GroupA =
    [
        .. Build.Repeat(2, "mel", "mel", "A"), .. Build.Repeat(1, "mel", "nev", "A"),
        .. Build.Repeat(3, "nev", "nev", "A"), .. Build.Repeat(1, "nev", "mel", "A"),
    ];

    /// <summary>B: TPR 1/2, FPR 0, selection 1/6.</summary>
    private static readonly (string, string, string)[] GroupB =
    [
        .. Build.Repeat(1, "mel", "mel", "B"), .. Build.Repeat(1, "mel", "nev", "B"),
        .. Build.Repeat(4, "nev", "nev", "B"),
    ];

    /// <summary>C: no melanoma, so no TPR; FPR 1/2, selection 1/2.</summary>
    private static readonly (string, string, string)[] GroupWithoutPositives =
    [
        ("nev", "mel", "C"), ("nev", "nev", "C"),
    ];

    [Fact]
    public void Equalized_odds_difference_is_the_larger_of_the_tpr_and_fpr_gaps()
    {
        PredictionSet set = Build.Labelled(Build.Dermoscopy, "mel", [.. GroupA, .. GroupB]);

        // TPR gap 2/3 - 1/2 = 1/6, FPR gap 1/4 - 0 = 1/4.
        Assert.Equal(0.25, FairnessMetrics.EqualizedOddsDifference(set), 12);
    }

    [Fact]
    public void Demographic_parity_difference_is_the_selection_rate_gap()
    {
        PredictionSet set = Build.Labelled(Build.Dermoscopy, "mel", [.. GroupA, .. GroupB]);

        // 3/7 - 1/6
        Assert.Equal(11.0 / 42, FairnessMetrics.DemographicParityDifference(set), 12);
    }

    [Fact]
    public void A_group_without_positives_is_skipped_for_tpr_but_counts_for_fpr_and_selection()
    {
        PredictionSet set = Build.Labelled(Build.Dermoscopy, "mel", [.. GroupA, .. GroupB, .. GroupWithoutPositives]);

        // TPR gap stays 1/6 (C skipped, not read as 0, which would give 2/3); FPR gap 1/2 - 0.
        Assert.Equal(0.5, FairnessMetrics.EqualizedOddsDifference(set), 12);
        // 1/2 - 1/6
        Assert.Equal(1.0 / 3, FairnessMetrics.DemographicParityDifference(set), 12);
    }
}
