using RL4Med.Augment.GeneratorMetrics;

namespace RL4Med.Augment.GeneratorMetrics.Tests;

public class FrechetDistanceTests
{
    [Fact]
    public void DiagonalGaussiansHaveTheClosedFormDistance()
    {
        var first = new FeatureMoments(new[] { 0.0, 0.0 }, Diagonal(1, 4));
        var second = new FeatureMoments(new[] { 1.0, 2.0 }, Diagonal(9, 1));

        // |Δμ|² + Σ (√a − √b)² = 5 + (1 − 3)² + (2 − 1)²
        Assert.Equal(10.0, FrechetDistance.Between(first, second), 9);
        Assert.Equal(10.0, FrechetDistance.Between(second, first), 9);
    }

    [Fact]
    public void RotatingBothGaussiansAlikeKeepsTheDistance()
    {
        // Full (non-diagonal) covariances: the diagonal case above turned by 30 degrees.
        var rotation = new[,] { { Math.Cos(0.5236), -Math.Sin(0.5236) }, { Math.Sin(0.5236), Math.Cos(0.5236) } };
        var first = new FeatureMoments(Rotate(rotation, new[] { 0.0, 0.0 }), Rotate(rotation, Diagonal(1, 4)));
        var second = new FeatureMoments(Rotate(rotation, new[] { 1.0, 2.0 }), Rotate(rotation, Diagonal(9, 1)));

        Assert.Equal(10.0, FrechetDistance.Between(first, second), 9);
    }

    [Fact]
    public void FeatureSetsAreFittedWithMeanAndUnbiasedCovariance()
    {
        // Means 1 and 2, both with variance 2: only the means differ.
        var first = new float[,] { { 0 }, { 2 } };
        var second = new float[,] { { 1 }, { 3 } };

        Assert.Equal(1.0, FrechetDistance.Between(first, second), 9);
    }

    [Fact]
    public void ASetIsAtDistanceZeroFromItself()
    {
        var random = new Random(3);
        var features = new float[200, 16];
        for (int i = 0; i < 200; i++)
            for (int j = 0; j < 16; j++)
                features[i, j] = (float)(random.NextDouble() * (j + 1)) + (j > 0 ? features[i, j - 1] : 0);

        Assert.Equal(0.0, FrechetDistance.Between(features, features), 6);
    }

    [Fact]
    public void FewerSamplesThanDimensionsStillGiveTheClosedFormForAShiftedCopy()
    {
        // 40 vectors of 512 values (ResNet-18's width): a rank-deficient covariance. Shifting every value by 0.5
        // leaves the covariance and moves the mean by 0.5 per dimension: the distance is 512 x 0.25.
        var random = new Random(5);
        var features = new float[40, 512];
        var shifted = new float[40, 512];
        for (int i = 0; i < 40; i++)
            for (int j = 0; j < 512; j++)
                shifted[i, j] = (features[i, j] = (float)random.NextDouble() * 4) + 0.5f;

        Assert.Equal(0.0, FrechetDistance.Between(features, features), 3);
        Assert.Equal(128.0, FrechetDistance.Between(features, shifted), 3);
    }

    private static double[,] Diagonal(params double[] values)
    {
        var matrix = new double[values.Length, values.Length];
        for (int i = 0; i < values.Length; i++) matrix[i, i] = values[i];
        return matrix;
    }

    private static double[] Rotate(double[,] r, double[] v) =>
        Enumerable.Range(0, v.Length).Select(i => Enumerable.Range(0, v.Length).Sum(k => r[i, k] * v[k])).ToArray();

    // R C Rᵀ
    private static double[,] Rotate(double[,] r, double[,] c)
    {
        int n = c.GetLength(0);
        var result = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int k = 0; k < n; k++)
                    for (int l = 0; l < n; l++)
                        result[i, j] += r[i, k] * c[k, l] * r[j, l];
        return result;
    }
}
