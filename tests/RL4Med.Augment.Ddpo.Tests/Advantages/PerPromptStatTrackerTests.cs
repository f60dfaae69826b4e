using RL4Med.Augment.Ddpo.Advantages;

namespace RL4Med.Augment.Ddpo.Tests.Advantages;

public class PerPromptStatTrackerTests
{
    [Fact]
    public void A_prompt_with_enough_buffered_rewards_uses_its_own_statistics_and_a_rare_one_the_batch_statistics()
    {
        var tracker = new PerPromptStatTracker(bufferSize: 32, minCount: 16, advantageClip: 5);
        // Prompt X: 16 earlier rewards, eight 0s and eight 2s.
        tracker.Update(Enumerable.Repeat("X", 16).ToArray(), Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 0f : 2f).ToArray());

        // This batch: X gets 1 and 1, Y (new) gets 0, 3, 6.
        var advantages = tracker.Update(new[] { "X", "Y", "X", "Y", "Y" }, new[] { 1f, 0f, 1f, 3f, 6f });

        // X's buffer now holds 18 rewards: eight 0s, eight 2s, two 1s -> mean 1, std sqrt(16/18).
        var xStd = Math.Sqrt(16.0 / 18);
        // Y has 3 rewards (< 16): the whole batch {1, 0, 1, 3, 6} -> mean 2.2, std sqrt(22.8 / 5).
        var (batchMean, batchStd) = (2.2, Math.Sqrt(((1 - 2.2) * (1 - 2.2) * 2 + 2.2 * 2.2 + 0.8 * 0.8 + 3.8 * 3.8) / 5));
        var expected = new[]
        {
            (1 - 1) / (xStd + 1e-6),
            (0 - batchMean) / (batchStd + 1e-6),
            (1 - 1) / (xStd + 1e-6),
            (3 - batchMean) / (batchStd + 1e-6),
            (6 - batchMean) / (batchStd + 1e-6),
        };
        Assert.Equal(expected.Length, advantages.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], advantages[i], 6);
    }

    [Fact]
    public void The_batch_rewards_join_the_buffer_before_normalising()
    {
        var tracker = new PerPromptStatTracker(bufferSize: 4, minCount: 2, advantageClip: 5);

        // Two new rewards reach the minimum count at once, so the prompt's own (= this batch's) statistics apply.
        var advantages = tracker.Update(new[] { "X", "X", "Y" }, new[] { 1f, 3f, 100f });

        Assert.Equal(-1 / (1 + 1e-6), advantages[0], 6);
        Assert.Equal(1 / (1 + 1e-6), advantages[1], 6);
    }

    [Fact]
    public void The_buffer_keeps_only_the_newest_rewards()
    {
        var tracker = new PerPromptStatTracker(bufferSize: 3, minCount: 3, advantageClip: 5);

        tracker.Update(new[] { "X", "X", "X", "X" }, new[] { 10f, 1f, 2f, 3f });

        Assert.Equal(new[] { 1.0, 2.0, 3.0 }, tracker.Snapshot()["X"]);
    }

    [Fact]
    public void Advantages_are_clipped()
    {
        var tracker = new PerPromptStatTracker(bufferSize: 32, minCount: 16, advantageClip: 1.5);

        // Batch statistics: nine 0s and one 10 -> mean 1, std 3; A(10) = 3 and A(0) = -1/3.
        var advantages = tracker.Update(Enumerable.Repeat("X", 10).ToArray(), Enumerable.Repeat(0f, 9).Append(10f).ToArray());

        Assert.Equal(1.5f, advantages[9]);
        Assert.Equal(-1 / (3 + 1e-6), advantages[0], 6);
    }

    [Fact]
    public void A_restored_snapshot_gives_the_same_advantages()
    {
        var original = new PerPromptStatTracker(bufferSize: 8, minCount: 2, advantageClip: 5);
        original.Update(new[] { "X", "X", "Y" }, new[] { 0.25f, 0.5f, 0.75f });
        var restored = new PerPromptStatTracker(bufferSize: 8, minCount: 2, advantageClip: 5);

        restored.Restore(original.Snapshot());

        var batch = (new[] { "X", "Y", "Y" }, new[] { 0.3f, 0.1f, 0.9f });
        Assert.Equal(original.Update(batch.Item1, batch.Item2), restored.Update(batch.Item1, batch.Item2));
    }
}
