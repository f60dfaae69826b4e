namespace RL4Med.Augment.Diffusion.Benchmarks;

/// <summary>Throughput of generator training and sampling, set against a plain matrix product on the same machine.</summary>
/// <param name="ImageSize">Side of the output images in pixels (for a latent generator, the decoded images').</param>
/// <param name="Threads">Torch intra-op threads during the run.</param>
/// <param name="Parameters">Trainable parameters of the generator.</param>
/// <param name="ForwardGflopPerImage">GFLOP of one image's forward pass (see <see cref="FlopCounter"/>).</param>
/// <param name="TrainBatchSize">Images per training step.</param>
/// <param name="TrainingStepSeconds">Mean wall time of a training step.</param>
/// <param name="TrainingImagesPerSecond">Images trained on per second.</param>
/// <param name="TrainingGflopsPerSecond">Achieved training GFLOP/s, counting a training step as 3 forward passes (backward = 2).</param>
/// <param name="SamplingImagesPerSecond">Images sampled per second (all steps, with guidance).</param>
/// <param name="SamplingGflopsPerSecond">Achieved sampling GFLOP/s (steps x 2 forward passes per image with guidance, plus the decode).</param>
/// <param name="MatmulGflopsPerSecond">GFLOP/s of a float32 square matrix product on the same device and threads.</param>
/// <param name="TrainingShareOfMatmul">TrainingGflopsPerSecond / MatmulGflopsPerSecond.</param>
/// <param name="PeakWorkingSetBytes">Peak resident memory of the whole process so far.</param>
/// <param name="Latent">Whether the generator works on an autoencoder's latents.</param>
/// <param name="DecodeGflopPerImage">GFLOP of decoding one image's latents (0 on pixels).</param>
public sealed record GeneratorBenchmarkResult(
    int ImageSize,
    int Threads,
    long Parameters,
    double ForwardGflopPerImage,
    int TrainBatchSize,
    double TrainingStepSeconds,
    double TrainingImagesPerSecond,
    double TrainingGflopsPerSecond,
    double SamplingImagesPerSecond,
    double SamplingGflopsPerSecond,
    double MatmulGflopsPerSecond,
    double TrainingShareOfMatmul,
    long PeakWorkingSetBytes,
    bool Latent,
    double DecodeGflopPerImage);
