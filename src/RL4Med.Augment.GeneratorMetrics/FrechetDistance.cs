using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.GeneratorMetrics;

/// <summary>
/// The Fréchet distance between Gaussians fitted to two feature sets (FID when the features come from Inception; here
/// from ImageNet ResNet-18 or the evaluator's backbone): |μ₁ − μ₂|² + Tr(Σ₁ + Σ₂ − 2 (Σ₁^½ Σ₂ Σ₁^½)^½), in double
/// precision. The eigen-decompositions are libtorch's (LAPACK): 512 x 512 covariances take well under a second.
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
        using var scope = torch.NewDisposeScope();
        var (mean1, mean2) = (torch.tensor(first.Mean, dtype: ScalarType.Float64), torch.tensor(second.Mean, dtype: ScalarType.Float64));
        var (covariance1, covariance2) = (Matrix(first.Covariance), Matrix(second.Covariance));
        double meanTerm = (mean1 - mean2).square().sum().item<double>();
        // Σ₁^½ Σ₂ Σ₁^½ is symmetric positive semi-definite and has the eigenvalues of Σ₁Σ₂, so the trace of its
        // square root is the trace term of the formula without any non-symmetric square root.
        var root = SquareRoot(covariance1);
        var product = root.matmul(covariance2).matmul(root);
        var eigenvalues = torch.linalg.eigvalsh((product + product.T) / 2);
        double crossTrace = eigenvalues.clamp_min(0).sqrt().sum().item<double>();
        double distance = meanTerm + covariance1.trace().item<double>() + covariance2.trace().item<double>() - 2 * crossTrace;
        return Math.Max(distance, 0); // rounding can leave a tiny negative value for identical sets
    }

    // V diag(√max(λ, 0)) Vᵀ: the PSD square root (negative eigenvalues are rounding noise).
    private static Tensor SquareRoot(Tensor symmetric)
    {
        var (values, vectors) = torch.linalg.eigh(symmetric);
        return (vectors * values.clamp_min(0).sqrt()).matmul(vectors.T);
    }

    private static Tensor Matrix(double[,] values)
    {
        var flat = new double[values.Length];
        Buffer.BlockCopy(values, 0, flat, 0, values.Length * sizeof(double));
        return torch.tensor(flat, new long[] { values.GetLength(0), values.GetLength(1) }, dtype: ScalarType.Float64);
    }
}
