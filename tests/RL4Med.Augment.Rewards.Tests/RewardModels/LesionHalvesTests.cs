using RL4Med.Augment.Rewards.RewardModels;
using RL4Med.Augment.Rewards.Tests.Support;
using RL4Med.Augment.Data.Manifest;

namespace RL4Med.Augment.Rewards.Tests.RewardModels;

public class LesionHalvesTests
{
    // 90 lesions of three diagnoses; every third lesion has two images.
    private static readonly IReadOnlyList<ManifestRow> Rows = Enumerable.Range(0, 90)
        .SelectMany(lesion => Enumerable.Range(0, lesion % 3 == 0 ? 2 : 1)
            .Select(image => TestConfig.Row($"s{lesion}_{image}", $"L{lesion}", TestConfig.Diagnoses[lesion % 3 == 0 ? 0 : lesion % 2 + 1], "0", "0")))
        .ToList();

    [Fact]
    public void NoLesionIsInBothHalvesAndEveryRowIsInOne()
    {
        var halves = LesionHalves.Split(Rows, seed: 7);

        var firstGroups = halves.First.Select(i => Rows[i].GroupId).ToHashSet();
        var secondGroups = halves.Second.Select(i => Rows[i].GroupId).ToHashSet();
        Assert.Empty(firstGroups.Intersect(secondGroups));
        Assert.Equal(Enumerable.Range(0, Rows.Count), halves.First.Concat(halves.Second).Order());
    }

    [Fact]
    public void EachDiagnosisIsSplitAboutEvenly()
    {
        var halves = LesionHalves.Split(Rows, seed: 7);

        foreach (string diagnosis in TestConfig.Diagnoses)
        {
            int first = halves.First.Count(i => Rows[i].Diagnosis == diagnosis);
            int second = halves.Second.Count(i => Rows[i].Diagnosis == diagnosis);
            Assert.True(Math.Abs(first - second) <= 2, $"{diagnosis}: {first} vs {second} images");
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameHalvesAndAnotherSeedOthers()
    {
        var halves = LesionHalves.Split(Rows, seed: 7);

        Assert.Equal(halves.First, LesionHalves.Split(Rows, seed: 7).First);
        Assert.NotEqual(halves.First, LesionHalves.Split(Rows, seed: 8).First);
    }
}
