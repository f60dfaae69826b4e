using RL4Med.Augment.Data.Randomness;
using System.Diagnostics;
using TorchSharp;
using TorchSharp.Modules;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Schedulers;
using RL4Med.Augment.Torch.Devices;
using RL4Med.Augment.Torch.Training;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Training;

/// <summary>
/// Pretrains a <see cref="DiffusionGenerator"/> on captioned images: DDPM noise-prediction MSE at uniformly drawn
/// timesteps, AdamW with linear warm-up and gradient clipping, an EMA of the weights for sampling, random flips and
/// prompt dropout for classifier-free guidance. All randomness of a step is a pure function of (seed, step), and
/// checkpoints hold weights, EMA, AdamW moments and the step, so a resumed run repeats an uninterrupted one.
/// A latent generator trains on examples that are scaled latents of its <see cref="LatentSpace"/>, which its files
/// carry and its sample grids are decoded with.
/// </summary>
public sealed class GeneratorTrainer : IDisposable
{
    /// <summary>File name of the resumable checkpoint in the output folder.</summary>
    public const string CheckpointFileName = "checkpoint.bin";

    /// <summary>File name of the sampling-only generator (EMA weights) in the output folder.</summary>
    public const string GeneratorFileName = "generator.bin";

    private const int MaxGridPrompts = 8;
    private const double ThroughputSmoothing = 0.1;

    private readonly DiffusionGenerator model;
    private readonly ExponentialMovingAverage ema;
    private readonly AdamW optimizer;
    private readonly DdpmNoiseSchedule schedule;
    private readonly Device device;
    private readonly Generator noiseGenerator = new();
    private readonly NonFiniteStepRetry retry = new("generator pretraining");
    private string? lastCheckpoint;

    private GeneratorTrainer(GeneratorModelOptions modelOptions, GeneratorTrainingOptions options, PromptTokenizer tokenizer, int step, LatentSpace? latent, BinaryReader? resumeFrom)
    {
        options.Validate();
        if (latent is not null && latent.LatentChannels != modelOptions.ImageChannels)
            throw new ArgumentException(
                $"Generator model option ImageChannels: {modelOptions.ImageChannels} differs from the autoencoder's {latent.LatentChannels} latent channels.");
        Options = options;
        Tokenizer = tokenizer;
        Step = step;
        Latent = latent;
        device = DeviceChoice.Resolve(options.Device);
        latent?.To(device);

        torch.manual_seed(options.Seed); // reproducible initial weights (overwritten when resuming)
        model = new DiffusionGenerator(modelOptions, tokenizer.VocabularySize, tokenizer.MaxLength);
        schedule = new DdpmNoiseSchedule(modelOptions.NoiseSchedule);
        // Weights are loaded on the CPU before moving: moving a module replaces its parameters, and the
        // optimizer (created after the move) must hold the final ones.
        if (resumeFrom is not null)
            model.load(resumeFrom);
        ema = new ExponentialMovingAverage(model, options.EmaDecay);
        if (resumeFrom is not null)
            ema.Model.load(resumeFrom);
        model.to(device);
        ema.Model.to(device);

        optimizer = torch.optim.AdamW(model.parameters(), options.LearningRate, weight_decay: options.WeightDecay);
        if (resumeFrom is not null)
            optimizer.load_state_dict(resumeFrom);
    }

    /// <summary>The training options in force.</summary>
    public GeneratorTrainingOptions Options { get; }

    /// <summary>The tokenizer the prompts are encoded with (saved in every checkpoint).</summary>
    public PromptTokenizer Tokenizer { get; }

    /// <summary>Optimizer steps completed.</summary>
    public int Step { get; private set; }

    /// <summary>The latent space the generator works in (owned by the trainer), or null on pixels.</summary>
    public LatentSpace? Latent { get; }

    /// <summary>The weights being trained.</summary>
    public DiffusionGenerator Model => model;

    /// <summary>The exponential moving average of the weights, used for sampling.</summary>
    public DiffusionGenerator EmaModel => ema.Model;

    /// <summary>
    /// Starts training a new generator (initial weights drawn from <see cref="GeneratorTrainingOptions.Seed"/>), on pixels
    /// or, given <paramref name="latent"/> (taken over), on its scaled latents.
    /// </summary>
    public static GeneratorTrainer Create(GeneratorModelOptions modelOptions, GeneratorTrainingOptions options, PromptTokenizer tokenizer, LatentSpace? latent = null) =>
        new(modelOptions, options, tokenizer, step: 0, latent, resumeFrom: null);

    /// <summary>
    /// Continues from a training checkpoint. <paramref name="adjustOptions"/> may change the saved options, e.g. raise
    /// <see cref="GeneratorTrainingOptions.Steps"/> or pick another device; changing the seed or batch size breaks the
    /// equivalence with an uninterrupted run.
    /// </summary>
    public static GeneratorTrainer Resume(string checkpointPath, Func<GeneratorTrainingOptions, GeneratorTrainingOptions>? adjustOptions = null)
    {
        var (header, sections) = CheckpointFile.Open(checkpointPath);
        using (sections)
        {
            if (header.Kind != CheckpointKind.Training || header.Training is null)
                throw new InvalidDataException($"{checkpointPath} is a sampling-only generator file; training resumes from a {CheckpointFileName}.");
            var options = adjustOptions?.Invoke(header.Training) ?? header.Training;
            var tokenizer = new PromptTokenizer(header.Vocabulary, header.MaxPromptTokens);
            var latent = header.Latent is { } space ? LatentSpace.Read(space, sections) : null;
            return new GeneratorTrainer(header.Model, options, tokenizer, header.Step, latent, sections) { lastCheckpoint = checkpointPath };
        }
    }

    /// <summary>
    /// Trains from the current step up to <see cref="GeneratorTrainingOptions.Steps"/> (or until cancelled), reporting
    /// every step. With an output folder it writes checkpoints and sample grids as configured, and at the end the
    /// checkpoint, the sampling-only generator and a final grid. A step whose loss or gradient is NaN or infinite is
    /// retried on the same batch (<see cref="NonFiniteStepRetry"/>); one that stays so throws
    /// <see cref="NonFiniteTrainingException"/> before it is applied, leaving the last checkpoint as it was.
    /// </summary>
    public GeneratorTrainingResult Train(
        IReadOnlyList<GeneratorExample> examples,
        Action<GeneratorTrainingProgress>? onProgress = null,
        CancellationToken cancellationToken = default)
    {
        var tokenRows = EncodePrompts(examples);
        var gridPrompts = Options.SampleGridPrompts.Length > 0
            ? Options.SampleGridPrompts
            : examples.Select(e => e.Prompt).Distinct().Take(MaxGridPrompts).ToArray();
        foreach (var prompt in gridPrompts)
            Tokenizer.Encode(prompt); // an unknown word should fail now, not at the first grid

        var plan = new TrainingBatchPlan(examples.Count, Options);
        var lastLoss = double.NaN;
        double? secondsPerStep = null;
        int? lastGridStep = null, lastCheckpointStep = null;
        model.train();
        while (Step < Options.Steps && !cancellationToken.IsCancellationRequested)
        {
            var started = Stopwatch.GetTimestamp();
            var batch = plan.For(Step);
            var (loss, gradientNorm, learningRate) = retry.Run(Step + 1, () => RunStep(batch, examples, tokenRows), lastCheckpoint);
            Step++;
            lastLoss = loss;
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            secondsPerStep = secondsPerStep is { } average ? average + ThroughputSmoothing * (seconds - average) : seconds;

            string? checkpoint = null, grid = null;
            if (IsDue(Options.CheckpointEvery))
            {
                checkpoint = SaveCheckpointToOutput();
                lastCheckpointStep = Step;
            }
            if (IsDue(Options.SampleGridEvery))
            {
                grid = WriteSampleGrid(gridPrompts);
                lastGridStep = Step;
            }
            onProgress?.Invoke(new GeneratorTrainingProgress(
                Step, Options.Steps, (double)Step * Options.BatchSize / examples.Count, loss, learningRate, gradientNorm,
                Options.BatchSize / secondsPerStep.Value, TimeSpan.FromSeconds(secondsPerStep.Value * (Options.Steps - Step)),
                checkpoint, grid, retry.Retries));
        }

        if (Options.OutputDirectory is null)
            return new GeneratorTrainingResult(Step, lastLoss, null, null);
        var checkpointPath = lastCheckpointStep == Step ? lastCheckpoint! : SaveCheckpointToOutput();
        var generatorPath = Path.Combine(Options.OutputDirectory, GeneratorFileName);
        ExportGenerator(generatorPath);
        // An interrupted run (a signal, a preempted job) must stop quickly: no final grid.
        if (lastGridStep != Step && !cancellationToken.IsCancellationRequested)
            WriteSampleGrid(gridPrompts);
        return new GeneratorTrainingResult(Step, lastLoss, checkpointPath, generatorPath);
    }

    /// <summary>Writes a resumable checkpoint (weights, EMA, AdamW state, step, options, vocabulary) atomically.</summary>
    public void SaveCheckpoint(string path)
    {
        var header = new CheckpointHeader
        {
            Kind = CheckpointKind.Training,
            Step = Step,
            Model = model.Options,
            Training = Options,
            Vocabulary = Tokenizer.Vocabulary.ToArray(),
            MaxPromptTokens = Tokenizer.MaxLength,
            Latent = Latent?.Header,
        };
        CheckpointFile.WriteAtomically(path, header, writer =>
        {
            Latent?.WriteWeights(writer);
            model.save(writer);
            ema.Model.save(writer);
            optimizer.save_state_dict(writer);
        });
        lastCheckpoint = path;
    }

    /// <summary>Writes the EMA weights as a sampling-only generator file (see <see cref="TrainedGenerator.Load"/>), atomically.</summary>
    public void ExportGenerator(string path) => TrainedGenerator.Save(path, ema.Model, Tokenizer, Step, Latent);

    /// <summary>The learning rate of 0-based <paramref name="step"/>: linear warm-up, then constant.</summary>
    public double LearningRateAt(int step) =>
        Options.LearningRate * Math.Min(1.0, (step + 1.0) / Math.Max(1, Options.WarmupSteps));

    /// <inheritdoc />
    public void Dispose()
    {
        optimizer.Dispose();
        ema.Dispose();
        model.Dispose();
        noiseGenerator.Dispose();
        Latent?.Dispose();
    }

    private (double Loss, double GradientNorm, double LearningRate) RunStep(PlannedBatch batch, IReadOnlyList<GeneratorExample> examples, long[][] tokenRows)
    {
        using var scope = torch.NewDisposeScope();
        var (channels, size) = (model.Options.ImageChannels, model.Options.ImageSize);
        var batchSize = batch.Examples.Length;
        var images = torch.tensor(AssembleImages(batch, examples, channels, size), new long[] { batchSize, channels, size, size }).to(device);
        var tokens = torch.tensor(AssembleTokens(batch, tokenRows), new long[] { batchSize, Tokenizer.MaxLength }).to(device);

        // Noise and timesteps come from a host generator, dropout masks from torch's default one; both are
        // re-seeded from (seed, step) so that the step does not depend on what ran before it.
        noiseGenerator.manual_seed(DerivedSeed.Of(Options.Seed, SeedStream.PretrainNoise, Step));
        torch.manual_seed(DerivedSeed.Of(Options.Seed, SeedStream.PretrainDropout, Step));
        var noise = torch.randn(images.shape, generator: noiseGenerator).to(device);
        var timesteps = torch.randint(0, schedule.TrainSteps, new long[] { batchSize }, generator: noiseGenerator).to(device);

        var prediction = model.call(schedule.AddNoise(images, noise, timesteps), timesteps, tokens);
        var loss = nn.functional.mse_loss(prediction, noise);
        var lossValue = loss.item<float>();
        NonFiniteValueException.ThrowIfNotFinite("loss", lossValue);

        optimizer.zero_grad();
        loss.backward();
        var gradientNorm = nn.utils.clip_grad_norm_(model.parameters(), Options.GradientClipNorm);
        NonFiniteValueException.ThrowIfNotFinite("gradient norm", gradientNorm);

        var learningRate = LearningRateAt(Step);
        foreach (var group in optimizer.ParamGroups)
            group.LearningRate = learningRate;
        optimizer.step();
        ema.Update(model, Step + 1);
        return (lossValue, gradientNorm, learningRate);
    }

    private long[][] EncodePrompts(IReadOnlyList<GeneratorExample> examples)
    {
        if (examples.Count == 0) throw new ArgumentException("No training examples.", nameof(examples));
        var (channels, size) = (model.Options.ImageChannels, model.Options.ImageSize);
        var expected = channels * size * size;
        for (var i = 0; i < examples.Count; i++)
        {
            if (examples[i].Pixels.Length != expected)
                throw new ArgumentException(
                    $"Example {i} has {examples[i].Pixels.Length} pixel values; the generator takes {channels}x{size}x{size} = {expected}.",
                    nameof(examples));
        }
        return examples.Select(e => Tokenizer.Encode(e.Prompt)).ToArray();
    }

    // Copies the batch's images into one [B, C, S, S] buffer, mirroring as planned.
    private static float[] AssembleImages(PlannedBatch batch, IReadOnlyList<GeneratorExample> examples, int channels, int size)
    {
        var plane = size * size;
        var imageLength = channels * plane;
        var buffer = new float[batch.Examples.Length * imageLength];
        for (var b = 0; b < batch.Examples.Length; b++)
        {
            var source = examples[batch.Examples[b]].Pixels;
            var target = b * imageLength;
            for (var c = 0; c < channels; c++)
            {
                for (var y = 0; y < size; y++)
                {
                    var sourceRow = c * plane + (batch.FlipVertical[b] ? size - 1 - y : y) * size;
                    var targetRow = target + c * plane + y * size;
                    if (!batch.FlipHorizontal[b])
                    {
                        Array.Copy(source, sourceRow, buffer, targetRow, size);
                        continue;
                    }
                    for (var x = 0; x < size; x++)
                        buffer[targetRow + x] = source[sourceRow + size - 1 - x];
                }
            }
        }
        return buffer;
    }

    // Token rows of the batch; dropped prompts stay all padding (the empty prompt).
    private static long[] AssembleTokens(PlannedBatch batch, long[][] tokenRows)
    {
        var length = tokenRows[0].Length;
        var buffer = new long[batch.Examples.Length * length];
        for (var b = 0; b < batch.Examples.Length; b++)
        {
            if (!batch.DropPrompt[b])
                tokenRows[batch.Examples[b]].CopyTo(buffer, b * length);
        }
        return buffer;
    }

    private bool IsDue(int every) => Options.OutputDirectory is not null && every > 0 && Step % every == 0;

    private string SaveCheckpointToOutput()
    {
        var path = Path.Combine(Options.OutputDirectory!, CheckpointFileName);
        SaveCheckpoint(path);
        return path;
    }

    private string WriteSampleGrid(IReadOnlyList<string> prompts)
    {
        var path = Path.Combine(Options.OutputDirectory!, "samples", $"step_{Step:D6}.png");
        using var result = new DdimSampler(ema.Model, Tokenizer, Latent).Sample(prompts, Options.SampleGridSampling);
        ImageGridWriter.Write(path, result.Images, prompts.Select(p => p.Length == 0 ? "(no prompt)" : p).ToArray());
        return path;
    }
}
