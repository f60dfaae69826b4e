using RL4Med.Augment.Data.Randomness;
namespace RL4Med.Augment.Diffusion.Training;

/// <summary>Which examples a step trains on and how each is augmented.</summary>
internal sealed record PlannedBatch(int[] Examples, bool[] FlipHorizontal, bool[] FlipVertical, bool[] DropPrompt);

/// <summary>
/// The data order and augmentation of every step as a pure function of (seed, step): the examples are visited
/// epoch by epoch, each epoch in its own seeded permutation, and batches run across epoch boundaries.
/// </summary>
internal sealed class TrainingBatchPlan
{
    private readonly int exampleCount;
    private readonly GeneratorTrainingOptions options;
    private long cachedEpoch = -1;
    private int[] cachedOrder = Array.Empty<int>();

    public TrainingBatchPlan(int exampleCount, GeneratorTrainingOptions options)
    {
        this.exampleCount = exampleCount;
        this.options = options;
    }

    /// <summary>The batch of 0-based <paramref name="step"/>.</summary>
    public PlannedBatch For(long step)
    {
        var size = options.BatchSize;
        var examples = new int[size];
        for (var i = 0; i < size; i++)
        {
            var position = step * size + i;
            examples[i] = EpochOrder(position / exampleCount)[position % exampleCount];
        }

        var random = DerivedSeed.Random(options.Seed, SeedStream.PretrainAugmentation, step);
        bool[] Draw(double probability) => Enumerable.Range(0, size).Select(_ => random.NextDouble() < probability).ToArray();
        var flipHorizontal = Draw(options.HorizontalFlip ? 0.5 : 0);
        var flipVertical = Draw(options.VerticalFlip ? 0.5 : 0);
        var dropPrompt = Draw(options.ConditionDropout);
        return new PlannedBatch(examples, flipHorizontal, flipVertical, dropPrompt);
    }

    private int[] EpochOrder(long epoch)
    {
        if (epoch != cachedEpoch)
        {
            cachedOrder = Enumerable.Range(0, exampleCount).ToArray();
            DerivedSeed.Random(options.Seed, SeedStream.PretrainDataOrder, epoch).Shuffle(cachedOrder);
            cachedEpoch = epoch;
        }
        return cachedOrder;
    }
}
