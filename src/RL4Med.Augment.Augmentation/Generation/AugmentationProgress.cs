namespace RL4Med.Augment.Augmentation.Generation;

/// <summary>Progress of image generation, reported after every batch.</summary>
/// <param name="Done">Images on disk of those this run (or shard) is responsible for, reused ones included.</param>
/// <param name="Total">Images this run (or shard) is responsible for.</param>
/// <param name="ImagesPerSecond">Generation speed over the images made so far in this call (0 before the first batch).</param>
public sealed record AugmentationProgress(int Done, int Total, double ImagesPerSecond);
