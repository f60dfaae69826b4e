using System.Diagnostics;
using RL4Med.Augment.Data.Randomness;
using RL4Med.Augment.Torch.Devices;
using RL4Med.Augment.Torch.Training;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>
/// Trains an <see cref="Autoencoder"/> on random crops of images: L1 reconstruction of a latent drawn from the
/// encoder's Gaussian (reparameterised) plus a small KL term, AdamW with linear warm-up and gradient clipping. Every
/// draw of a step (images, crop offsets, flips, latent noise) is a pure function of (seed, step), and checkpoints hold
/// weights, AdamW moments and the step, so a resumed run ends in the same file as an uninterrupted one.
/// </summary>
public sealed class AutoencoderTrainer : IDisposable
{
    /// <summary>File name of the resumable checkpoint in the output folder.</summary>
    public const string CheckpointFileName = "checkpoint.bin";

    /// <summary>File name of the weights-only autoencoder in the output folder.</summary>
    public const string AutoencoderFileName = "autoencoder.bin";

    private const double ThroughputSmoothing = 0.1;

    private readonly Autoencoder model;
    private readonly AdamW optimizer;
    private readonly Device device;
    private readonly Generator noiseGenerator = new();
    private readonly NonFiniteStepRetry retry = new("autoencoder training");
    private string? lastCheckpoint;

    private AutoencoderTrainer(AutoencoderOptions modelOptions, AutoencoderTrainingOptions options, int step, BinaryReader? resumeFrom)
    {
        options.Validate();
        Options = options;
        Step = step;
        device = DeviceChoice.Resolve(options.Device);
        torch.manual_seed(options.Seed); // reproducible initial weights (overwritten when resuming)
        model = new Autoencoder(modelOptions);
        // Loaded before moving, and the optimizer created after: moving replaces the parameters.
        if (resumeFrom is not null)
            model.load(resumeFrom);
        model.to(device);
        optimizer = torch.optim.AdamW(model.parameters(), options.LearningRate, weight_decay: options.WeightDecay);
        if (resumeFrom is not null)
            optimizer.load_state_dict(resumeFrom);
    }

    /// <summary>The training options in force.</summary>
    public AutoencoderTrainingOptions Options { get; }

    /// <summary>Optimizer steps completed.</summary>
    public int Step { get; private set; }

    /// <summary>The weights being trained.</summary>
    public Autoencoder Model => model;

    /// <summary>Starts training a new autoencoder (initial weights drawn from <see cref="AutoencoderTrainingOptions.Seed"/>).</summary>
    public static AutoencoderTrainer Create(AutoencoderOptions modelOptions, AutoencoderTrainingOptions options) =>
        new(modelOptions, options, step: 0, resumeFrom: null);

    /// <summary>
    /// Continues from a training checkpoint. <paramref name="adjustOptions"/> may change the saved options, e.g. the step
    /// count, device or output folder; changing the seed, batch or crop size breaks the equivalence with an uninterrupted run.
    /// </summary>
    public static AutoencoderTrainer Resume(string checkpointPath, Func<AutoencoderTrainingOptions, AutoencoderTrainingOptions>? adjustOptions = null)
    {
        var (header, sections) = AutoencoderFile.Open(checkpointPath);
        using (sections)
        {
            if (header.Kind != AutoencoderFileKind.Training || header.Training is null)
                throw new InvalidDataException($"{checkpointPath} is a weights-only autoencoder; training resumes from a {CheckpointFileName}.");
            var options = adjustOptions?.Invoke(header.Training) ?? header.Training;
            return new AutoencoderTrainer(header.Model, options, header.Step, sections) { lastCheckpoint = checkpointPath };
        }
    }

    /// <summary>
    /// Trains from the current step up to <see cref="AutoencoderTrainingOptions.Steps"/> (or until cancelled) on
    /// <paramref name="images"/>, each CHW values in [-1, 1] of a <paramref name="imageSize"/>-square image. With an
    /// output folder it writes checkpoints as configured and at the end the checkpoint and the weights-only file.
    /// </summary>
    public AutoencoderTrainingResult Train(
        IReadOnlyList<float[]> images, int imageSize,
        Action<AutoencoderTrainingProgress>? onProgress = null, CancellationToken cancellationToken = default)
    {
        var crop = CropSideFor(imageSize);
        var expected = model.Options.ImageChannels * imageSize * imageSize;
        if (images.Count == 0) throw new ArgumentException("No training images.", nameof(images));
        if (images.Any(image => image.Length != expected))
            throw new ArgumentException($"Every image must have {model.Options.ImageChannels}x{imageSize}x{imageSize} = {expected} values.", nameof(images));

        double lastError = double.NaN;
        double? secondsPerStep = null;
        int? lastCheckpointStep = null;
        model.train();
        while (Step < Options.Steps && !cancellationToken.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            var (error, kl) = retry.Run(Step + 1, () => RunStep(images, imageSize, crop), lastCheckpoint);
            Step++;
            lastError = error;
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            secondsPerStep = secondsPerStep is { } average ? average + ThroughputSmoothing * (seconds - average) : seconds;
            string? checkpoint = null;
            if (Options.OutputDirectory is not null && Options.CheckpointEvery > 0 && Step % Options.CheckpointEvery == 0)
            {
                checkpoint = SaveCheckpointToOutput();
                lastCheckpointStep = Step;
            }
            onProgress?.Invoke(new AutoencoderTrainingProgress(Step, Options.Steps, error, kl, Options.BatchSize / secondsPerStep.Value, checkpoint, retry.Retries));
        }
        model.eval();

        if (Options.OutputDirectory is null)
            return new AutoencoderTrainingResult(Step, lastError, null, null);
        var checkpointPath = lastCheckpointStep == Step ? lastCheckpoint! : SaveCheckpointToOutput();
        var autoencoderPath = Path.Combine(Options.OutputDirectory, AutoencoderFileName);
        TrainedAutoencoder.Save(autoencoderPath, model, Step);
        return new AutoencoderTrainingResult(Step, lastError, checkpointPath, autoencoderPath);
    }

    /// <summary>Writes a resumable checkpoint (weights, AdamW state, step, options) atomically.</summary>
    public void SaveCheckpoint(string path)
    {
        var header = new AutoencoderFileHeader { Kind = AutoencoderFileKind.Training, Step = Step, Model = model.Options, Training = Options };
        AutoencoderFile.Write(path, header, writer =>
        {
            model.save(writer);
            optimizer.save_state_dict(writer);
        });
        lastCheckpoint = path;
    }

    /// <summary>The learning rate of 0-based <paramref name="step"/>: linear warm-up, then constant.</summary>
    public double LearningRateAt(int step) => Options.LearningRate * Math.Min(1.0, (step + 1.0) / Math.Max(1, Options.WarmupSteps));

    /// <inheritdoc />
    public void Dispose()
    {
        optimizer.Dispose();
        model.Dispose();
        noiseGenerator.Dispose();
    }

    private int CropSideFor(int imageSize)
    {
        var factor = model.Options.DownsamplingFactor;
        var crop = Options.CropSize == 0 ? imageSize : Options.CropSize;
        if (crop > imageSize || crop % factor != 0)
            throw new ArgumentException(
                $"Autoencoder training option CropSize {crop} must be at most the image size {imageSize} and divisible by the downsampling factor {factor}.");
        return crop;
    }

    private (double Error, double Kl) RunStep(IReadOnlyList<float[]> images, int imageSize, int crop)
    {
        using var scope = torch.NewDisposeScope();
        var batch = torch.tensor(AssembleCrops(images, imageSize, crop), new long[] { Options.BatchSize, model.Options.ImageChannels, crop, crop }).to(device);
        noiseGenerator.manual_seed(DerivedSeed.Of(Options.Seed, SeedStream.AutoencoderNoise, Step));

        var (mean, logVariance) = model.Encode(batch);
        var epsilon = torch.randn(mean.shape, generator: noiseGenerator).to(device);
        var reconstruction = model.Decode(mean + (0.5 * logVariance).exp() * epsilon);
        var error = (reconstruction - batch).abs().mean();
        // KL(N(mu, sigma^2) || N(0, 1)) per latent value.
        var kl = (0.5 * (mean.square() + logVariance.exp() - 1 - logVariance)).mean();
        var loss = error + Options.KlWeight * kl;
        var lossValue = loss.item<float>();
        NonFiniteValueException.ThrowIfNotFinite("loss", lossValue);

        optimizer.zero_grad();
        loss.backward();
        var gradientNorm = nn.utils.clip_grad_norm_(model.parameters(), Options.GradientClipNorm);
        NonFiniteValueException.ThrowIfNotFinite("gradient norm", gradientNorm);
        foreach (var group in optimizer.ParamGroups)
            group.LearningRate = LearningRateAt(Step);
        optimizer.step();
        return (error.item<float>(), kl.item<float>());
    }

    // The step's crops [B, C, crop, crop]: an image, an offset and flips per crop, all drawn from (seed, step).
    private float[] AssembleCrops(IReadOnlyList<float[]> images, int imageSize, int crop)
    {
        var random = DerivedSeed.Random(Options.Seed, SeedStream.AutoencoderCrops, Step);
        var channels = model.Options.ImageChannels;
        var cropLength = channels * crop * crop;
        var buffer = new float[Options.BatchSize * cropLength];
        for (var b = 0; b < Options.BatchSize; b++)
        {
            var source = images[random.Next(images.Count)];
            var (top, left) = (random.Next(imageSize - crop + 1), random.Next(imageSize - crop + 1));
            var flipHorizontal = Options.HorizontalFlip && random.NextDouble() < 0.5;
            var flipVertical = Options.VerticalFlip && random.NextDouble() < 0.5;
            for (var c = 0; c < channels; c++)
            {
                for (var y = 0; y < crop; y++)
                {
                    var sourceRow = c * imageSize * imageSize + (top + (flipVertical ? crop - 1 - y : y)) * imageSize + left;
                    var target = b * cropLength + (c * crop + y) * crop;
                    for (var x = 0; x < crop; x++)
                        buffer[target + x] = source[sourceRow + (flipHorizontal ? crop - 1 - x : x)];
                }
            }
        }
        return buffer;
    }

    private string SaveCheckpointToOutput()
    {
        Directory.CreateDirectory(Options.OutputDirectory!);
        var path = Path.Combine(Options.OutputDirectory!, CheckpointFileName);
        SaveCheckpoint(path);
        return path;
    }
}
