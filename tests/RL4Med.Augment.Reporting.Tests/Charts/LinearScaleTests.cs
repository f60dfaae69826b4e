using RL4Med.Augment.Reporting.Charts;

namespace RL4Med.Augment.Reporting.Tests.Charts;

public sealed class LinearScaleTests
{
    [Theory]
    [InlineData(0.0, 100.0)]
    [InlineData(0.25, 300.0)]
    [InlineData(0.5, 500.0)]
    [InlineData(1.0, 900.0)]
    [InlineData(1.1, 980.0)]
    public void Maps_the_domain_linearly_onto_the_range(double value, double pixel)
    {
        var scale = new LinearScale(0, 1, 100, 900);

        Assert.Equal(pixel, scale.Map(value), 9);
    }

    [Fact]
    public void A_backwards_range_puts_larger_values_higher_up()
    {
        var scale = new LinearScale(0.2, 1.0, 400, 100);

        Assert.Equal(400, scale.Map(0.2), 9);
        Assert.Equal(250, scale.Map(0.6), 9);
        Assert.Equal(100, scale.Map(1.0), 9);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(0.0, double.PositiveInfinity)]
    public void An_empty_or_infinite_domain_is_refused(double start, double end) =>
        Assert.Throws<ArgumentException>(() => new LinearScale(start, end, 0, 100));
}
