using RL4Med.Augment.Data.Randomness;
using System.Diagnostics;
using System.Text.Json;
using TorchSharp;
using TorchSharp.Modules;
using RL4Med.Augment.Ddpo.Advantages;
using RL4Med.Augment.Ddpo.Checkpoints;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Ddpo.Logging;
using RL4Med.Augment.Ddpo.Lora;
using RL4Med.Augment.Ddpo.Rewards;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Torch.Devices;
using static TorchSharp.torch;

namespace RL4Med.Augment.Ddpo.Training;

/// <summary>
/// Fine-tunes a pretrained generator with DDPO (Black et al. 2024; RL4Med-DDPO, MICCAI 2025) so that its images earn
/// higher rewards. Every epoch: (a) sample M images for prompts drawn uniformly from the prompt list, recording every
/// denoising step and its log-probability; (b) score them; (c) turn rewards into per-prompt normalised advantages;
/// (d) take a few clipped policy-gradient steps (PPO without value function or KL term) on LoRA adapters or the whole
/// U-Net. The generator passed in is trained in place. All randomness of an epoch is a pure function of (seed,
/// epoch), and checkpoints hold the trained weights, AdamW moments, reward buffers and log, so a resumed run repeats
/// an uninterrupted one exactly.
/// </summary>
public sealed class DdpoTrainer : IDisposable
{
    /// <summary>File name of the resumable checkpoint in the output folder.</summary>
    public const string CheckpointFileName = "ddpo_checkpoint.bin";

    /// <summary>Folder of the sample grids in the output folder.</summary>
    public const string SampleGridFolderName = "samples";

    private const string CheckpointMagic = "RL4Med.Augment.Ddpo.Checkpoint";
    private const int CheckpointVersion = 1;

    private readonly TrainableWeights weights;
    private readonly AdamW optimizer;
    private readonly PerPromptStatTracker tracker;
    private readonly GuidedPolicy policy;
    private readonly EpochSampler epochSampler;
    private readonly PolicyUpdater updater;
    private readonly List<DdpoEpochLog> history;
    private readonly double baseChecksum;

    private DdpoTrainer(TrainedGenerator generator, IRewardFunction reward, DdpoOptions options, DdpoCheckpointHeader? resumeFrom, BinaryReader? sections)
    {
        options.Validate();
        var device = DeviceChoice.Resolve(options.Device); // before the generator is touched
        Options = options;
        Generator = generator;
        Epoch = resumeFrom?.Epoch ?? 0;
        history = resumeFrom?.History ?? new List<DdpoEpochLog>();
        baseChecksum = Checksum(generator.Model);

        // Eval mode throughout, for sampling and for training: the policy whose log-probabilities are recomputed must
        // be the one that sampled (no dropout).
        generator.Model.eval();
        weights = TrainableWeights.For(generator, options);
        // Moving replaces parameters; the optimizer is created after the move so that it holds the final ones.
        generator.Model.to(device);
        if (sections is not null)
            weights.Read(sections);
        var parameters = weights.Parameters();
        optimizer = torch.optim.AdamW(parameters, options.LearningRate, options.AdamBeta1, options.AdamBeta2, options.AdamEpsilon, options.WeightDecay);
        if (sections is not null)
            optimizer.load_state_dict(sections);

        tracker = new PerPromptStatTracker(options.StatBufferSize, options.StatMinCount, options.AdvantageClip);
        if (resumeFrom is not null)
            tracker.Restore(resumeFrom.RewardBuffers);
        policy = new GuidedPolicy(generator, options);
        epochSampler = new EpochSampler(policy, reward, options);
        updater = new PolicyUpdater(policy, optimizer, parameters, options);
    }

    /// <summary>The options in force.</summary>
    public DdpoOptions Options { get; }

    /// <summary>The generator being tuned (the one passed in, with LoRA adapters attached unless fully fine-tuned).</summary>
    public TrainedGenerator Generator { get; }

    /// <summary>Epochs completed.</summary>
    public int Epoch { get; private set; }

    /// <summary>The logs of the epochs completed so far, resumed ones included.</summary>
    public IReadOnlyList<DdpoEpochLog> History => history;

    /// <summary>
    /// Starts tuning <paramref name="pretrained"/> (trained in place; the caller keeps ownership) towards
    /// <paramref name="reward"/>. With LoRA (the default) the adapters start at zero, so the tuned model starts exactly
    /// at the pretrained one.
    /// </summary>
    public static DdpoTrainer Create(TrainedGenerator pretrained, IRewardFunction reward, DdpoOptions options) =>
        new(pretrained, reward, options, resumeFrom: null, sections: null);

    /// <summary>
    /// Continues from a checkpoint, on <paramref name="pretrained"/> freshly loaded from the generator the run started
    /// from. <paramref name="adjustOptions"/> may change the saved options, e.g. raise <see cref="DdpoOptions.Epochs"/>,
    /// pick another device or output folder; the LoRA shape and the training mode cannot change, and changing the seed
    /// or the sizes breaks the equivalence with an uninterrupted run.
    /// </summary>
    public static DdpoTrainer Resume(
        string checkpointPath, TrainedGenerator pretrained, IRewardFunction reward, Func<DdpoOptions, DdpoOptions>? adjustOptions = null)
    {
        var (header, sections) = HeaderedFile.Open<DdpoCheckpointHeader>(checkpointPath, CheckpointMagic, CheckpointVersion);
        using (sections)
        {
            if (JsonSerializer.Serialize(header.BaseModel) != JsonSerializer.Serialize(pretrained.Model.Options)
                || !header.BaseVocabulary.SequenceEqual(pretrained.Tokenizer.Vocabulary)
                // Squares of floats are exact in double; only the summation order may differ between devices.
                || Math.Abs(header.BaseChecksum - Checksum(pretrained.Model)) > 1e-12 * header.BaseChecksum)
                throw new InvalidDataException(
                    $"{checkpointPath} was trained from another pretrained generator (model shape, vocabulary or weights differ).");
            var options = adjustOptions?.Invoke(header.Options) ?? header.Options;
            var sameWeights = header.Lora is null
                ? options.FullFineTuning
                : !options.FullFineTuning && options.LoraRank == header.Lora.Rank && options.EffectiveLoraAlpha == header.Lora.Alpha;
            if (!sameWeights)
                throw new ArgumentException($"{checkpointPath} trained {Describe(header.Lora)}; a resumed run cannot switch to {Describe(options)}.");
            return new DdpoTrainer(pretrained, reward, options, header, sections);
        }
    }

    /// <summary>
    /// Trains from the current epoch up to <see cref="DdpoOptions.Epochs"/> (or until cancelled, between epochs) on
    /// <paramref name="prompts"/>, reporting progress. With an output folder it writes the logs after every epoch,
    /// checkpoints and sample grids as configured, and at the end the checkpoint, the tuned weights for sampling
    /// (<see cref="TunedGenerator"/>) and a final grid.
    /// </summary>
    public DdpoResult Train(IReadOnlyList<DdpoPrompt> prompts, Action<DdpoProgress>? onProgress = null, CancellationToken cancellationToken = default)
    {
        if (prompts.Count == 0) throw new ArgumentException("Give at least one prompt.", nameof(prompts));
        foreach (var prompt in prompts)
            Generator.Tokenizer.Encode(prompt.Text); // an unknown word should fail now, not mid-epoch

        int? lastCheckpointEpoch = null, lastGridEpoch = null;
        string? checkpointPath = null;
        if (Epoch == 0 && Options.OutputDirectory is not null)
        {
            WriteSampleGrid(prompts); // the pretrained model's grid, to compare the tuned ones with
            lastGridEpoch = Epoch;
        }

        var secondsThisCall = 0.0;
        var epochsThisCall = 0;
        while (Epoch < Options.Epochs && !cancellationToken.IsCancellationRequested)
        {
            var log = RunEpoch(prompts, onProgress);
            history.Add(log);
            (secondsThisCall, epochsThisCall) = (secondsThisCall + log.Seconds, epochsThisCall + 1);

            string? checkpoint = null, grid = null;
            if (Options.OutputDirectory is not null)
            {
                DdpoLogFiles.Write(Options.OutputDirectory, history);
                if (IsDue(Options.CheckpointEvery))
                {
                    checkpoint = checkpointPath = SaveCheckpointToOutput();
                    lastCheckpointEpoch = Epoch;
                }
                if (IsDue(Options.SampleGridEvery))
                {
                    grid = WriteSampleGrid(prompts);
                    lastGridEpoch = Epoch;
                }
            }
            var remaining = TimeSpan.FromSeconds(secondsThisCall / epochsThisCall * (Options.Epochs - Epoch));
            onProgress?.Invoke(new DdpoProgress(Epoch, Options.Epochs, DdpoStage.EpochCompleted, Epoch, Options.Epochs, log, remaining, checkpoint, grid));
        }

        if (Options.OutputDirectory is null)
            return new DdpoResult(Epoch, history, null, null);
        if (lastCheckpointEpoch != Epoch)
            checkpointPath = SaveCheckpointToOutput();
        var tunedPath = weights.Export(Options.OutputDirectory);
        if (lastGridEpoch != Epoch)
            WriteSampleGrid(prompts);
        return new DdpoResult(Epoch, history, checkpointPath, tunedPath);
    }

    /// <summary>
    /// Writes a resumable checkpoint (trained weights, AdamW state, epoch, reward buffers, log history, options)
    /// atomically.
    /// </summary>
    public void SaveCheckpoint(string path)
    {
        var header = new DdpoCheckpointHeader
        {
            Epoch = Epoch,
            Options = Options,
            Lora = weights.Lora,
            BaseModel = Generator.Model.Options,
            BaseVocabulary = Generator.Tokenizer.Vocabulary.ToArray(),
            BaseChecksum = baseChecksum,
            RewardBuffers = tracker.Snapshot().ToDictionary(b => b.Key, b => b.Value, StringComparer.Ordinal),
            History = history.ToList(),
        };
        HeaderedFile.Write(path, CheckpointMagic, CheckpointVersion, header, writer =>
        {
            weights.Write(writer);
            optimizer.save_state_dict(writer);
        });
    }

    /// <inheritdoc />
    public void Dispose() => optimizer.Dispose();

    // Steps (a) to (d) of one epoch.
    private DdpoEpochLog RunEpoch(IReadOnlyList<DdpoPrompt> prompts, Action<DdpoProgress>? onProgress)
    {
        var number = Epoch + 1;
        var started = Stopwatch.GetTimestamp();
        using var samples = epochSampler.Sample(prompts, Epoch,
            done => onProgress?.Invoke(new DdpoProgress(number, Options.Epochs, DdpoStage.Sampling, done, Options.SamplesPerEpoch)));
        var samplingSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var advantages = tracker.Update(samples.Prompts.Select(p => p.Key).ToArray(), samples.Rewards);
        var updating = Stopwatch.GetTimestamp();
        var steps = Options.InnerEpochs * Options.GradientUpdatesPerPass;
        var update = updater.Run(samples, advantages, Epoch,
            done => onProgress?.Invoke(new DdpoProgress(number, Options.Epochs, DdpoStage.Updating, done, steps)));
        Epoch = number;

        var rewards = PromptRewardStatistics.Of(samples.Rewards);
        var perPrompt = Enumerable.Range(0, samples.Count)
            .GroupBy(i => samples.Prompts[i].Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PromptRewardStatistics.Of(g.Select(i => samples.Rewards[i]).ToArray()), StringComparer.Ordinal);
        return new DdpoEpochLog(
            number, rewards.Mean, rewards.Std, perPrompt, update.ApproximateKl, update.ClipFraction, update.Loss, update.OptimizerSteps, update.NonFiniteRetries,
            samplingSeconds, Stopwatch.GetElapsedTime(updating).TotalSeconds, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    private bool IsDue(int every) => every > 0 && Epoch % every == 0;

    private string SaveCheckpointToOutput()
    {
        var path = Path.Combine(Options.OutputDirectory!, CheckpointFileName);
        SaveCheckpoint(path);
        return path;
    }

    // The same prompts and noise every time, so that grids of different epochs show the same images as they change.
    private string WriteSampleGrid(IReadOnlyList<DdpoPrompt> prompts)
    {
        var gridPrompts = Enumerable.Range(0, Options.SampleGridImages).Select(i => prompts[i % prompts.Count]).ToArray();
        var seed = DerivedSeed.Of(Options.Seed, SeedStream.DdpoSampleGrid, 0, 0);
        using var scope = torch.NewDisposeScope();
        using var result = policy.Sampler.Sample(gridPrompts.Select(p => p.Text).ToArray(), policy.Sampling(seed, recordTrajectory: false));
        var rewards = epochSampler.Score(result.Images, gridPrompts);
        var path = Path.Combine(Options.OutputDirectory!, SampleGridFolderName, $"epoch_{Epoch:D4}.png");
        ImageGridWriter.Write(path, result.Images, gridPrompts.Select((p, i) => $"reward {rewards[i]:0.000}: {p.Text}").ToArray());
        return path;
    }

    // Sum of the squares of every weight (no adapters attached yet).
    private static double Checksum(DiffusionGenerator model)
    {
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        return model.parameters().Sum(p => p.to(ScalarType.Float64).square().sum().item<double>());
    }

    private static string Describe(LoraSettings? lora) => lora is null ? "the whole U-Net" : $"LoRA adapters of rank {lora.Rank}, alpha {lora.Alpha}";

    private static string Describe(DdpoOptions options) =>
        options.FullFineTuning ? "the whole U-Net" : $"LoRA adapters of rank {options.LoraRank}, alpha {options.EffectiveLoraAlpha}";
}
