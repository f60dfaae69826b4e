using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Metrics.Tests;

public class ClusterResamplerTests
{
    private static readonly PredictionSet ThreeImagesPerLesion = Build.Lesions(lesionCount: 12, imagesPerLesion: 3, groupCount: 2, seed: 1);

    [Fact]
    public void Images_of_one_lesion_are_always_drawn_together()
    {
        var resampler = new ClusterResampler(ThreeImagesPerLesion);
        var random = new Random(5);
        var multiplicity = new int[ThreeImagesPerLesion.Count];

        for (int draw = 0; draw < 50; draw++)
        {
            resampler.Draw(random, multiplicity);
            foreach (var lesion in Enumerable.Range(0, ThreeImagesPerLesion.Count).GroupBy(row => ThreeImagesPerLesion.Rows[row].Cluster))
                Assert.Single(lesion.Select(row => multiplicity[row]).Distinct());
        }
    }

    [Fact]
    public void Each_group_draws_as_many_lesions_as_it_has()
    {
        var resampler = new ClusterResampler(ThreeImagesPerLesion);
        var multiplicity = new int[ThreeImagesPerLesion.Count];

        resampler.Draw(new Random(5), multiplicity);

        foreach (var group in Enumerable.Range(0, ThreeImagesPerLesion.Count).GroupBy(row => ThreeImagesPerLesion.Rows[row].Group))
        {
            // 12 lesions over 2 groups: 6 lesions of 3 images per group, so 6 draws weigh 18 images.
            Assert.Equal(18, group.Sum(row => multiplicity[row]));
        }
    }

    [Fact]
    public void The_same_seed_draws_the_same_resample()
    {
        var resampler = new ClusterResampler(ThreeImagesPerLesion);
        var first = new int[ThreeImagesPerLesion.Count];
        var second = new int[ThreeImagesPerLesion.Count];

        resampler.Draw(new Random(9), first);
        resampler.Draw(new Random(9), second);

        Assert.Equal(first, second);
    }
}
