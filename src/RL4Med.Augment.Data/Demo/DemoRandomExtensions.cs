using SkiaSharp;

namespace RL4Med.Augment.Data.Demo;

/// <summary>Small sampling helpers over <see cref="Random"/>, so that all demo randomness stays seeded.</summary>
internal static class DemoRandomExtensions
{
    /// <summary>Uniform value in [min, max).</summary>
    public static float Range(this Random rng, float min, float max) => min + (float)rng.NextDouble() * (max - min);

    /// <summary>True with the given probability.</summary>
    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    /// <summary>Standard normal value (Box-Muller).</summary>
    public static double Gaussian(this Random rng)
    {
        var u1 = 1.0 - rng.NextDouble(); // (0, 1]: keeps the logarithm finite
        var u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Uniform angle in radians.</summary>
    public static float Angle(this Random rng) => rng.Range(0f, 2f * MathF.PI);

    /// <summary>Uniform point in a disc of the given radius around the origin.</summary>
    public static SKPoint PointInDisc(this Random rng, float radius)
    {
        var distance = radius * MathF.Sqrt((float)rng.NextDouble());
        var angle = rng.Angle();
        return new SKPoint(distance * MathF.Cos(angle), distance * MathF.Sin(angle));
    }
}
