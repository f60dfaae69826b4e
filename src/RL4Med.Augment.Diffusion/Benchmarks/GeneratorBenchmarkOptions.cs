using RL4Med.Augment.Diffusion.Models;

namespace RL4Med.Augment.Diffusion.Benchmarks;

/// <summary>What <see cref="GeneratorBenchmark.Run"/> measures.</summary>
public sealed record GeneratorBenchmarkOptions
{
    /// <summary>Image side in pixels; used with the default (quick) model when <see cref="Model"/> is null.</summary>
    public int ImageSize { get; init; } = 32;

    /// <summary>Model to measure; null = the default <see cref="GeneratorModelOptions"/> at <see cref="ImageSize"/>.</summary>
    public GeneratorModelOptions? Model { get; init; }

    /// <summary>
    /// Null: the model works on pixels. Set: latent generation with this autoencoder (untrained: only costs are measured):
    /// the model's image size and channels are the latents', training reads latents (as from the cache, no encoder),
    /// and sampling ends with one decode per image to images of the latent side times the downsampling factor.
    /// </summary>
    public RL4Med.Augment.Diffusion.Autoencoders.AutoencoderOptions? Autoencoder { get; init; }

    /// <summary>Training batch size.</summary>
    public int TrainBatchSize { get; init; } = 64;

    /// <summary>Training steps run before timing starts (allocator and kernel warm-up).</summary>
    public int WarmupSteps { get; init; } = 2;

    /// <summary>Training steps timed.</summary>
    public int MeasuredSteps { get; init; } = 5;

    /// <summary>Images sampled together in the timed sampling run.</summary>
    public int SampleBatchSize { get; init; } = 16;

    /// <summary>DDIM steps of the timed sampling run.</summary>
    public int SampleSteps { get; init; } = 50;

    /// <summary>Guidance scale of the timed sampling run (guidance doubles the batch of every forward pass).</summary>
    public double GuidanceScale { get; init; } = 3.0;

    /// <summary>Torch intra-op threads for the run (a process-wide setting, left in place afterwards); 0 keeps the current one.</summary>
    public int Threads { get; init; }

    /// <summary>Side of the square float32 matrices of the reference matrix product.</summary>
    public int MatmulSize { get; init; } = 1024;

    /// <summary>"auto", "cpu" or "cuda".</summary>
    public string Device { get; init; } = "cpu";
}
