using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>
/// A closed blob outline as a polar radius r(θ) = 1 + Σ a_k cos(kθ + φ_k). Low harmonics make it oval or
/// asymmetric, high harmonics make the border irregular.
/// </summary>
internal sealed class DemoLesionOutline
{
    private const int Samples = 120;
    private const float MinimumRadius = 0.35f; // keeps strongly irregular outlines from folding over the centre

    private readonly float[] amplitudes;
    private readonly float[] phases;

    private DemoLesionOutline(float[] amplitudes, float[] phases)
    {
        this.amplitudes = amplitudes;
        this.phases = phases;
    }

    /// <summary>Random outline whose k-th harmonic has amplitude up to irregularity / k^0.9.</summary>
    public static DemoLesionOutline Create(Random rng, int harmonics, float irregularity)
    {
        var amplitudes = new float[harmonics];
        var phases = new float[harmonics];
        for (var index = 0; index < harmonics; index++)
        {
            amplitudes[index] = irregularity * rng.Range(0.3f, 1f) / MathF.Pow(index + 1, 0.9f);
            phases[index] = rng.Angle();
        }

        return new DemoLesionOutline(amplitudes, phases);
    }

    /// <summary>Relative radius (about 1) in the direction <paramref name="angle"/>.</summary>
    public float RadiusAt(float angle)
    {
        var radius = 1f;
        for (var index = 0; index < amplitudes.Length; index++)
        {
            radius += amplitudes[index] * MathF.Cos((index + 1) * angle + phases[index]);
        }

        return MathF.Max(radius, MinimumRadius);
    }

    /// <summary>The outline scaled to <paramref name="radius"/> around <paramref name="centre"/>.</summary>
    public SKPath ToPath(float radius, SKPoint centre)
    {
        var path = new SKPath();
        for (var sample = 0; sample < Samples; sample++)
        {
            var angle = 2f * MathF.PI * sample / Samples;
            var distance = radius * RadiusAt(angle);
            var point = new SKPoint(centre.X + distance * MathF.Cos(angle), centre.Y + distance * MathF.Sin(angle));
            if (sample == 0)
            {
                path.MoveTo(point);
            }
            else
            {
                path.LineTo(point);
            }
        }

        path.Close();
        return path;
    }
}
