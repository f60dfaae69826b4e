using RL4Med.Augment.Augmentation.Output;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Diffusion.Checkpoints;
using RL4Med.Augment.Torch.Devices;
using TorchSharp;

namespace RL4Med.Augment.Augmentation;

public sealed partial class AugmentSubgroupsEstimator
{
    /// <summary>
    /// Everything augmentation needs: the generator, what counts as a subgroup and how many images each gets, how the
    /// images are sampled, where they go and, optionally, a reward filter. <see cref="FromConfig"/> fills the data part
    /// from a run configuration.
    /// </summary>
    public sealed class Options
    {
        /// <summary>The generator file (from <c>train-generator</c>) the images are sampled from. Its SHA-256 is recorded with every image.</summary>
        public string GeneratorPath { get; set; } = "";

        /// <summary>
        /// Optional: how to load a generator that is more than one file, e.g. a pretrained generator plus DDPO LoRA adapters
        /// (null: <c>TrainedGenerator.Load(GeneratorPath, device)</c>). <see cref="GeneratorPath"/> still names the
        /// generator's identity: point it at the file that distinguishes this generator (the adapters).
        /// </summary>
        public Func<torch.Device, TrainedGenerator>? LoadGenerator { get; set; }

        /// <summary>Diagnoses and attributes, with the words prompts use for them: the prompts must be the generator's training prompts' kind.</summary>
        public DatasetConfig Dataset { get; set; } = new();

        /// <summary>
        /// The subgroup spec (<c>By</c>, e.g. <c>"diagnosis x hair x ink"</c>), the under-representation rule
        /// (<c>MinTrainImages</c>, <c>MinFractionOfLargest</c>) and the quota of added images (<c>Quota</c>).
        /// </summary>
        public SubgroupConfig Subgroups { get; set; } = new();

        /// <summary>Master seed: each image's noise seed and prompt donor are a hash of it, the subgroup and the image's ordinal.</summary>
        public int Seed { get; set; } = 1;

        /// <summary>Classifier-free guidance scale w (1 = plain conditional).</summary>
        public double Guidance { get; set; } = 5.0;

        /// <summary>DDIM steps per image.</summary>
        public int Steps { get; set; } = 50;

        /// <summary>DDIM eta: 0 = deterministic, 1 = DDPM-like fresh noise at each step.</summary>
        public double Eta { get; set; } = 1.0;

        /// <summary>
        /// Images per generator batch. Every batch is padded to this size, so an image is bit-identical however the images
        /// are batched, resumed or sharded; changing it changes the last bits of the pixels, so it is part of what a resumed
        /// run or a merge must share. Also the reward scorer's batch size.
        /// </summary>
        public int BatchSize { get; set; } = 32;

        /// <summary>The output folder (e.g. <c>runs/quick/augment/pretrained</c>): images, summary and synthetic manifest.</summary>
        public string OutputFolder { get; set; } = "";

        /// <summary>Where to sample: <c>auto</c> (CUDA when available), <c>cpu</c> or <c>cuda</c>.</summary>
        public string Device { get; set; } = "auto";

        /// <summary>Optional judge of every synthetic image; its score is recorded as the row's <c>RewardScore</c>. Null: no scores.</summary>
        public ISyntheticImageScorer? RewardScorer { get; set; }

        /// <summary>
        /// With a <see cref="RewardScorer"/>: images scoring below this (or NaN) are dropped, and counted as dropped per subgroup
        /// in the summary. Null keeps every image.
        /// </summary>
        public double? RewardThreshold { get; set; }

        /// <summary>Options with the dataset, subgroups and master seed of <paramref name="config"/>; the rest keeps its defaults.</summary>
        public static Options FromConfig(DataConfig config) => new()
        {
            Dataset = config.Dataset,
            Subgroups = config.Subgroups,
            Seed = config.Seed,
        };

        /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid option.</summary>
        public void Validate()
        {
            static ArgumentException Invalid(string option, string problem) => new($"augmentation option {option}: {problem}");

            if (string.IsNullOrWhiteSpace(GeneratorPath)) throw Invalid(nameof(GeneratorPath), "name the generator file");
            if (string.IsNullOrWhiteSpace(OutputFolder)) throw Invalid(nameof(OutputFolder), "name the output folder");
            if (Steps < 1) throw Invalid(nameof(Steps), $"{Steps} must be at least 1");
            if (Eta < 0) throw Invalid(nameof(Eta), $"{Eta} must not be negative");
            if (BatchSize < 1) throw Invalid(nameof(BatchSize), $"{BatchSize} must be at least 1");
            if (!DeviceChoice.Names.Contains(Device)) throw Invalid(nameof(Device), $"'{Device}' is not one of {string.Join(", ", DeviceChoice.Names)}");
            if (RewardThreshold != null && RewardScorer == null) throw Invalid(nameof(RewardThreshold), $"a threshold needs a {nameof(RewardScorer)}");
        }
    }
}
