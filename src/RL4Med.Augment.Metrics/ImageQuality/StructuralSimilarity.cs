namespace RL4Med.Augment.Metrics.ImageQuality;

/// <summary>
/// Structural similarity (Wang et al. 2004) of two images, per channel with an 11 x 11 Gaussian window of standard
/// deviation 1.5 (smaller when the image is), at every position where the window lies inside the image (the paper's
/// "valid" filtering), averaged over positions and channels:
/// <code>
/// SSIM = (2 mu_x mu_y + C1)(2 cov_xy + C2) / ((mu_x^2 + mu_y^2 + C1)(var_x + var_y + C2)),  C1 = (0.01 L)^2, C2 = (0.03 L)^2
/// </code>
/// with window-weighted means, variances and covariance, L the range of the values.
/// </summary>
public static class StructuralSimilarity
{
    /// <summary>Side of the Gaussian window (or the image's, when smaller).</summary>
    public const int WindowSize = 11;

    /// <summary>Standard deviation of the Gaussian window, in pixels.</summary>
    public const double WindowSigma = 1.5;

    /// <summary>
    /// SSIM of <paramref name="reconstruction"/> against <paramref name="original"/>, both channel-major (C, S, S) with
    /// <paramref name="channels"/> channels of side <paramref name="size"/> and values spanning <paramref name="dataRange"/>.
    /// </summary>
    public static double Of(ReadOnlySpan<float> original, ReadOnlySpan<float> reconstruction, int channels, int size, double dataRange = 2)
    {
        if (original.Length != channels * size * size || reconstruction.Length != original.Length)
            throw new ArgumentException($"expected two images of {channels}x{size}x{size} values, got {original.Length} and {reconstruction.Length}");
        var window = Window(Math.Min(WindowSize, size));
        int side = window.Length, positions = size - side + 1;
        double c1 = Math.Pow(0.01 * dataRange, 2), c2 = Math.Pow(0.03 * dataRange, 2), total = 0;
        for (int c = 0; c < channels; c++)
        {
            int plane = c * size * size;
            for (int top = 0; top < positions; top++)
            for (int left = 0; left < positions; left++)
            {
                double meanX = 0, meanY = 0, squareX = 0, squareY = 0, product = 0;
                for (int y = 0; y < side; y++)
                for (int x = 0; x < side; x++)
                {
                    double weight = window[y] * window[x];
                    int index = plane + (top + y) * size + left + x;
                    double a = original[index], b = reconstruction[index];
                    meanX += weight * a;
                    meanY += weight * b;
                    squareX += weight * a * a;
                    squareY += weight * b * b;
                    product += weight * a * b;
                }
                double varianceX = squareX - meanX * meanX, varianceY = squareY - meanY * meanY, covariance = product - meanX * meanY;
                total += (2 * meanX * meanY + c1) * (2 * covariance + c2) / ((meanX * meanX + meanY * meanY + c1) * (varianceX + varianceY + c2));
            }
        }
        return total / (channels * positions * positions);
    }

    /// <summary>The normalised 1-D Gaussian of <paramref name="side"/> taps; the 2-D window is its outer product.</summary>
    public static double[] Window(int side)
    {
        var taps = Enumerable.Range(0, side).Select(i => Math.Exp(-Math.Pow(i - (side - 1) / 2.0, 2) / (2 * WindowSigma * WindowSigma))).ToArray();
        double sum = taps.Sum();
        return taps.Select(t => t / sum).ToArray();
    }
}
