using RL4Med.Augment.GeneratorMetrics;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.GeneratorMetrics.Tests;

/// <summary>
/// The Fréchet distance of two small correlated sample sets (30 and 25 vectors of 4 values) against numpy's moments and
/// SciPy's <c>sqrtm</c>, as pytorch-fid computes FID (tests/Shared/Reference).
/// </summary>
public class FrechetDistanceReferenceTests
{
    private static readonly FrechetReference Reference = ReferenceValues.Section<FrechetReference>("frechet");

    [Fact]
    public void MomentsAreNumpysMeanAndUnbiasedCovariance()
    {
        var moments = FeatureMoments.Of(Features(Reference.First));

        for (int j = 0; j < moments.Dimension; j++)
        {
            Assert.Equal(Reference.FirstMean[j], moments.Mean[j], 1e-12);
            for (int k = 0; k < moments.Dimension; k++)
                Assert.Equal(Reference.FirstCovariance[j][k], moments.Covariance[j, k], 1e-12);
        }
    }

    [Fact]
    public void TheDistanceIsPytorchFidsFormulaWithScipysMatrixSquareRoot()
    {
        Assert.Equal(Reference.Distance, FrechetDistance.Between(Features(Reference.First), Features(Reference.Second)), 1e-9);
    }

    // The reference values are float32 values, so the cast is exact.
    private static float[,] Features(double[][] rows)
    {
        var features = new float[rows.Length, rows[0].Length];
        for (int i = 0; i < rows.Length; i++)
            for (int j = 0; j < rows[i].Length; j++)
                features[i, j] = (float)rows[i][j];
        return features;
    }

    private sealed record FrechetReference(double[][] First, double[][] Second, double[] FirstMean, double[][] FirstCovariance, double Distance);
}
