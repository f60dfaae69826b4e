namespace RL4Med.Augment.Rewards.Evaluation;

/// <summary>
/// The Fréchet distance between Gaussians fitted to two feature sets (FID when the features come from Inception; here
/// from the evaluator's backbone): |μ₁ − μ₂|² + Tr(Σ₁ + Σ₂ − 2 (Σ₁^½ Σ₂ Σ₁^½)^½), in double precision.
/// </summary>
public static class FrechetDistance
{
    /// <summary>The distance between the feature sets <paramref name="first"/> and <paramref name="second"/> ([N, D] each).</summary>
    public static double Between(float[,] first, float[,] second) => Between(FeatureMoments.Of(first), FeatureMoments.Of(second));

    /// <summary>The distance between two Gaussians given by their moments.</summary>
    public static double Between(FeatureMoments first, FeatureMoments second)
    {
        int d = first.Dimension;
        if (second.Dimension != d) throw new ArgumentException($"features of {d} and {second.Dimension} dimensions");
        double meanTerm = 0;
        for (int j = 0; j < d; j++)
        {
            double difference = first.Mean[j] - second.Mean[j];
            meanTerm += difference * difference;
        }
        // Σ₁^½ Σ₂ Σ₁^½ is symmetric positive semi-definite and has the eigenvalues of Σ₁Σ₂, so the trace of its
        // square root is the trace term of the formula without any non-symmetric square root.
        var root = SquareRoot(first.Covariance);
        var product = Multiply(Multiply(root, second.Covariance), root);
        var (eigenvalues, _) = SymmetricEigen.Decompose(Symmetrize(product));
        double crossTrace = eigenvalues.Sum(l => Math.Sqrt(Math.Max(l, 0)));
        double distance = meanTerm + Trace(first.Covariance) + Trace(second.Covariance) - 2 * crossTrace;
        return Math.Max(distance, 0); // rounding can leave a tiny negative value for identical sets
    }

    // V diag(√max(λ, 0)) Vᵀ: the PSD square root (negative eigenvalues are rounding noise).
    private static double[,] SquareRoot(double[,] symmetric)
    {
        var (values, vectors) = SymmetricEigen.Decompose(symmetric);
        int n = values.Length;
        var root = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int k = 0; k < n; k++) sum += vectors[i, k] * Math.Sqrt(Math.Max(values[k], 0)) * vectors[j, k];
                root[i, j] = sum;
            }
        return root;
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        int n = a.GetLength(0), m = b.GetLength(1), inner = a.GetLength(1);
        var result = new double[n, m];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < inner; k++)
            {
                double aik = a[i, k];
                for (int j = 0; j < m; j++) result[i, j] += aik * b[k, j];
            }
        return result;
    }

    private static double[,] Symmetrize(double[,] a)
    {
        int n = a.GetLength(0);
        var result = new double[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                result[i, j] = 0.5 * (a[i, j] + a[j, i]);
        return result;
    }

    private static double Trace(double[,] a)
    {
        double sum = 0;
        for (int i = 0; i < a.GetLength(0); i++) sum += a[i, i];
        return sum;
    }
}
