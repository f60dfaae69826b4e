using TorchSharp;
using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Prompts;
using RL4Med.Augment.Diffusion.Schedulers;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Sampling;

/// <summary>
/// Samples images for prompts with DDIM and classifier-free guidance. The unconditional (empty prompt) and
/// conditional predictions come from one batched forward pass of twice the batch size. A latent generator's samples
/// are latents, decoded once per sample at the end (the trajectory keeps the latents, where DDPO's log-probabilities live).
/// </summary>
public sealed class DdimSampler
{
    private readonly DiffusionGenerator model;
    private readonly PromptTokenizer tokenizer;
    private readonly DdpmNoiseSchedule schedule;
    private readonly LatentSpace? latent;

    /// <summary>
    /// Creates a sampler for <paramref name="model"/>, whose prompts <paramref name="tokenizer"/> encodes, reversing the
    /// noise schedule the model was trained with; with <paramref name="latent"/> the model works in that latent space
    /// and the images are its decodings.
    /// </summary>
    public DdimSampler(DiffusionGenerator model, PromptTokenizer tokenizer, LatentSpace? latent = null)
    {
        if (tokenizer.VocabularySize != model.VocabularySize || tokenizer.MaxLength != model.MaxPromptTokens)
            throw new ArgumentException("The tokenizer does not match the generator's text encoder.", nameof(tokenizer));
        if (latent is not null && latent.LatentChannels != model.Options.ImageChannels)
            throw new ArgumentException(
                $"The generator works on {model.Options.ImageChannels} channels, the autoencoder's latents have {latent.LatentChannels}.", nameof(latent));
        this.model = model;
        this.tokenizer = tokenizer;
        this.latent = latent;
        schedule = new DdpmNoiseSchedule(model.Options.NoiseSchedule);
    }

    /// <summary>The noise schedule of the model.</summary>
    public DdpmNoiseSchedule Schedule => schedule;

    /// <summary>
    /// Samples one image per prompt, all in one batch, without gradients and with the model in eval mode (its
    /// training flag is restored afterwards). With <see cref="SamplingOptions.Seeds"/> and
    /// <see cref="SamplingOptions.PadToBatchSize"/> each image has its own noise and does not depend on the rest of the
    /// batch. The caller owns (and disposes) the result.
    /// </summary>
    public SamplingResult Sample(IReadOnlyList<string> prompts, SamplingOptions options)
    {
        if (prompts.Count == 0) throw new ArgumentException("Give at least one prompt.", nameof(prompts));
        if (options.Seeds is { } seeds && seeds.Count != prompts.Count)
            throw new ArgumentException($"{seeds.Count} seeds for {prompts.Count} prompts: give one seed per prompt.", nameof(options));
        var (batchPrompts, batchOptions) = BatchPadding.Pad(prompts, options);
        var result = SampleBatch(batchPrompts, batchOptions);
        return BatchPadding.Trim(result, prompts);
    }

    private SamplingResult SampleBatch(IReadOnlyList<string> prompts, SamplingOptions options)
    {
        var scheduler = new DdimScheduler(schedule, options.Steps, options.Eta, options.StepsOffset);
        var device = model.parameters().First().device;
        var size = model.Options.ImageSize;
        var wasTraining = model.training;
        model.eval();
        try
        {
            using var noGrad = torch.no_grad();
            using var scope = torch.NewDisposeScope();
            using var noiseSource = SamplingNoise.For(options);
            var text = EncodePromptPairs(prompts);
            var sample = noiseSource.Starting(prompts.Count, model.Options.ImageChannels, size).to(device);
            var latents = new List<Tensor> { sample };
            var logProbs = new List<Tensor>();
            foreach (var timestep in scheduler.Timesteps)
            {
                using var stepScope = torch.NewDisposeScope();
                var timesteps = torch.full(prompts.Count, timestep, ScalarType.Int64, device: device);
                var noise = PredictGuidedNoise(sample, timesteps, text, options.GuidanceScale);
                var step = noiseSource.Step(scheduler, sample, noise, timesteps);
                var previous = sample;
                sample = step.PreviousSample.MoveToOuterDisposeScope();
                if (options.RecordTrajectory)
                {
                    latents.Add(sample);
                    if (step.LogProb is not null)
                        logProbs.Add(step.LogProb.MoveToOuterDisposeScope());
                }
                else
                {
                    previous.Dispose(); // keeps memory flat over the steps
                }
            }

            var images = (latent?.Decode(sample) ?? sample.clamp(-1, 1)).DetachFromDisposeScope();
            var trajectory = options.RecordTrajectory
                ? new DdimTrajectory(
                    scheduler.Timesteps,
                    torch.stack(latents, dim: 1).DetachFromDisposeScope(),
                    logProbs.Count == scheduler.Timesteps.Count ? torch.stack(logProbs, dim: 1).DetachFromDisposeScope() : null)
                : null;
            return new SamplingResult(prompts.ToArray(), images, trajectory);
        }
        finally
        {
            model.train(wasTraining);
        }
    }

    /// <summary>
    /// Encodes the prompts for guidance: rows 0..B-1 are the empty prompt (null condition), rows B..2B-1 the prompts.
    /// </summary>
    public TextEncoding EncodePromptPairs(IReadOnlyList<string> prompts)
    {
        var device = model.parameters().First().device;
        var conditional = tokenizer.EncodeBatch(prompts, device);
        var tokens = torch.cat(new[] { torch.zeros_like(conditional), conditional }, dim: 0);
        return model.EncodeText(tokens);
    }

    /// <summary>
    /// e = e_uncond + w (e_cond - e_uncond) for <paramref name="sample"/> [B, C, H, W] at <paramref name="timesteps"/> [B],
    /// with <paramref name="promptPairs"/> from <see cref="EncodePromptPairs"/>; both predictions in one forward pass.
    /// </summary>
    public Tensor PredictGuidedNoise(Tensor sample, Tensor timesteps, TextEncoding promptPairs, double guidanceScale)
    {
        var both = model.PredictNoise(torch.cat(new[] { sample, sample }, 0), torch.cat(new[] { timesteps, timesteps }, 0), promptPairs);
        var halves = both.chunk(2, dim: 0);
        var (unconditional, conditional) = (halves[0], halves[1]);
        return unconditional + guidanceScale * (conditional - unconditional);
    }
}
