using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Randomness;
using RL4Med.Augment.Data.Splits;

namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>
/// Training rows divided into two halves by lesion (group id), stratified by diagnosis and deterministic from a seed:
/// the reward model learns from one half, the evaluator from the other, so the evaluator has never seen the images
/// (nor other photos of the lesions) that taught the reward model, and cannot share its blind spots by memory.
/// </summary>
/// <param name="First">Row indices of the first half, in input order.</param>
/// <param name="Second">Row indices of the second half, in input order.</param>
public sealed record LesionHalves(IReadOnlyList<int> First, IReadOnlyList<int> Second)
{
    /// <summary>Splits <paramref name="rows"/> into two equal shares with the project's lesion-grouped splitter (<see cref="GroupedStratifiedSplitter.Parts"/>).</summary>
    public static LesionHalves Split(IReadOnlyList<ManifestRow> rows, int seed)
    {
        int[] parts = GroupedStratifiedSplitter.Parts(rows.Select(r => new GroupedStratifiedSplitter.Item(r.GroupId, r.Diagnosis)).ToList(),
            [0.5, 0.5], seed, SeedStream.RewardLesionHalves);
        var indices = Enumerable.Range(0, rows.Count).ToList();
        return new LesionHalves(indices.Where(i => parts[i] == 0).ToList(), indices.Where(i => parts[i] == 1).ToList());
    }
}
