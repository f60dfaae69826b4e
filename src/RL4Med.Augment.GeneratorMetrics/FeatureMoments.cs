namespace RL4Med.Augment.GeneratorMetrics;

/// <summary>Mean and (unbiased) covariance of a feature set: all the Fréchet distance needs of it.</summary>
public sealed class FeatureMoments
{
    /// <summary>Moments given directly (e.g. of a known Gaussian).</summary>
    public FeatureMoments(double[] mean, double[,] covariance)
    {
        if (covariance.GetLength(0) != mean.Length || covariance.GetLength(1) != mean.Length)
            throw new ArgumentException($"a {covariance.GetLength(0)}x{covariance.GetLength(1)} covariance for a mean of {mean.Length} values");
        Mean = mean;
        Covariance = covariance;
    }

    public double[] Mean { get; }

    public double[,] Covariance { get; }

    public int Dimension => Mean.Length;

    /// <summary>The moments of <paramref name="features"/> [N, D], N &gt;= 2, accumulated in double precision.</summary>
    public static FeatureMoments Of(float[,] features)
    {
        int n = features.GetLength(0), d = features.GetLength(1);
        if (n < 2) throw new ArgumentException($"a covariance needs at least two feature vectors, not {n}");
        var mean = new double[d];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < d; j++)
                mean[j] += features[i, j];
        for (int j = 0; j < d; j++) mean[j] /= n;

        var covariance = new double[d, d];
        var centred = new double[d];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < d; j++) centred[j] = features[i, j] - mean[j];
            for (int j = 0; j < d; j++)
                for (int k = j; k < d; k++)
                    covariance[j, k] += centred[j] * centred[k];
        }
        for (int j = 0; j < d; j++)
            for (int k = j; k < d; k++)
                covariance[k, j] = covariance[j, k] /= n - 1;
        return new FeatureMoments(mean, covariance);
    }
}
