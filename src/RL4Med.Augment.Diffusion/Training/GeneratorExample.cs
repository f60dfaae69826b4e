namespace RL4Med.Augment.Diffusion.Training;

/// <summary>One training image and its prompt, as prepare-data wrote them to the manifest.</summary>
/// <param name="Pixels">Channel-major (C, H, W) values in [-1, 1]; 3 * S * S of them for S-pixel RGB images.</param>
/// <param name="Prompt">The prompt describing the image, e.g. "a dermoscopic image of melanoma showing hair, ruler".</param>
public sealed record GeneratorExample(float[] Pixels, string Prompt);
