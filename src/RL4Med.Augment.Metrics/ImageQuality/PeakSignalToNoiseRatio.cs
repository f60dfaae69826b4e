namespace RL4Med.Augment.Metrics.ImageQuality;

/// <summary>Peak signal-to-noise ratio of a reconstruction: 10 log10(L^2 / MSE) in dB, L the range of the pixel values.</summary>
public static class PeakSignalToNoiseRatio
{
    /// <summary>
    /// PSNR of <paramref name="reconstruction"/> against <paramref name="original"/> (same layout, values spanning
    /// <paramref name="dataRange"/>: 2 for the project's [-1, 1] pixels); +infinity when they are equal.
    /// </summary>
    public static double Of(ReadOnlySpan<float> original, ReadOnlySpan<float> reconstruction, double dataRange = 2)
    {
        if (original.Length != reconstruction.Length || original.Length == 0)
            throw new ArgumentException($"images of {original.Length} and {reconstruction.Length} values: give two equal, non-empty layouts");
        double squares = 0;
        for (int i = 0; i < original.Length; i++)
        {
            double difference = original[i] - reconstruction[i];
            squares += difference * difference;
        }
        return 10 * Math.Log10(dataRange * dataRange / (squares / original.Length));
    }
}
