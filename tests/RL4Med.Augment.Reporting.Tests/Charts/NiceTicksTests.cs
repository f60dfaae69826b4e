using RL4Med.Augment.Reporting.Charts;

namespace RL4Med.Augment.Reporting.Tests.Charts;

public sealed class NiceTicksTests
{
    [Theory]
    [InlineData(0.1, 0.1)]
    [InlineData(0.13, 0.2)]
    [InlineData(0.3, 0.5)]
    [InlineData(0.7, 1.0)]
    [InlineData(3.6, 5.0)]
    [InlineData(242, 500)]
    public void Steps_are_one_two_or_five_times_a_power_of_ten(double rough, double step) =>
        Assert.Equal(step, NiceTicks.RoundStep(rough), 12);

    [Fact]
    public void Accuracy_runs_from_0_to_1_in_tenths_with_exact_values()
    {
        NiceTicks ticks = NiceTicks.Covering(0, 1, 10);

        Assert.Equal([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1], ticks.Values);
        Assert.Equal(["0.0", "0.3", "1.0"], new[] { 0, 0.3, 1 }.Select(ticks.Label));
    }

    [Fact]
    public void Counts_up_to_about_2000_get_round_hundreds_with_thousands_separators()
    {
        NiceTicks ticks = NiceTicks.Covering(0, 1937, 8, minimumStep: 1);

        Assert.Equal([0, 500, 1000, 1500, 2000], ticks.Values);
        Assert.Equal("1,500", ticks.Label(1500));
    }

    [Fact]
    public void The_axis_covers_data_that_starts_and_ends_between_ticks()
    {
        NiceTicks ticks = NiceTicks.Covering(0.29, 0.93, 6);

        Assert.Equal([0.2, 0.4, 0.6, 0.8, 1.0], ticks.Values);
        Assert.Equal("0.4", ticks.Label(0.4));
    }

    [Theory]
    [InlineData(1, 30, 0, 30, 5)]
    [InlineData(1, 3, 1, 3, 1)]
    [InlineData(4, 4, 4, 5, 1)]
    public void Epochs_stay_whole(int first, int last, double axisStart, double axisEnd, double step)
    {
        NiceTicks ticks = NiceTicks.Covering(first, last, 10, minimumStep: 1);

        Assert.Equal((axisStart, axisEnd, step), (ticks.First, ticks.Last, ticks.Step));
    }

    [Fact]
    public void Zero_counts_still_get_an_axis()
    {
        NiceTicks ticks = NiceTicks.Covering(0, 0, 8, minimumStep: 1);

        Assert.Equal([0, 1], ticks.Values);
    }
}
