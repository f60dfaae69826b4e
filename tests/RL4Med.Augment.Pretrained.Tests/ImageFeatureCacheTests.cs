using RL4Med.Augment.Pretrained.Caching;
using RL4Med.Augment.Pretrained.ResNet18;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Pretrained.Tests;

public sealed class ImageFeatureCacheTests
{
    [Fact]
    public void A_cached_image_is_a_hit_with_the_same_features_even_after_reopening_the_file()
    {
        using var folder = new TemporaryDirectory();
        string cachePath = folder.File("features/resnet18.bin");
        var images = new[] { TestImages.Image(32), TestImages.Image(32, discDarkness: 0.3f) };
        float[,] first;
        using (var features = new ResNet18Features(cachePath))
        {
            first = features.Of(images);
            Assert.Equal((0, 2), (features.CacheHits, features.Computed));
        }

        using var reopened = new ResNet18Features(cachePath);
        var second = reopened.Of(images);

        Assert.Equal((2, 0), (reopened.CacheHits, reopened.Computed));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Changing_one_pixel_is_a_miss()
    {
        using var folder = new TemporaryDirectory();
        using var features = new ResNet18Features(folder.File("resnet18.bin"));
        var chw = TestImages.Chw(32);
        features.Of([RgbaImage.FromChw(chw, 32)]);

        chw[5] += 0.5f;
        features.Of([RgbaImage.FromChw(chw, 32)]);

        Assert.Equal((0, 2), (features.CacheHits, features.Computed));
    }

    [Fact]
    public void Content_keys_are_equal_for_equal_pixels_and_differ_with_the_size()
    {
        Assert.Equal(TestImages.Image(16).ContentKey(), TestImages.Image(16).ContentKey());
        Assert.NotEqual(TestImages.Image(16).ContentKey(), TestImages.Image(17).ContentKey());
    }

    [Fact]
    public void A_cache_of_another_network_is_refused_with_its_path()
    {
        using var folder = new TemporaryDirectory();
        string path = folder.File("features.bin");
        var cache = ImageFeatureCache.Open(path, "other-net", 4);
        cache.Add("key", [1f, 2f, 3f, 4f]);
        cache.Save();

        var error = Assert.Throws<InvalidDataException>(() => ImageFeatureCache.Open(path, ResNet18Features.NetworkName, ResNet18Featurizer.FeatureWidth));

        Assert.Contains(path, error.Message);
        Assert.Contains("other-net", error.Message);
    }
}
