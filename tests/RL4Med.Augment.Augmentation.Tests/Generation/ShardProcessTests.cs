using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Augmentation.Tests.Support;

namespace RL4Med.Augment.Augmentation.Tests.Generation;

public sealed class ShardProcessTests : IDisposable
{
    private readonly TemporaryDirectory temp = new();

    [Fact]
    public async Task TwoShardProcessesMergedEqualASingleRunByteForByte()
    {
        var run = TinyRun.Create(temp.Path);
        string single = Path.Combine(temp.Path, "single"), sharded = Path.Combine(temp.Path, "sharded");
        run.Augmenter(single, new MeanBrightnessScorer()).Run();

        var processes = new[] { ShardProcess.Start(run, sharded, 0, 2), ShardProcess.Start(run, sharded, 1, 2) };
        foreach (var process in processes)
        {
            using (process)
            {
                // Read both streams before waiting, so a chatty child cannot block on a full pipe.
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail("a shard process did not finish in 90 s");
                }
                Assert.True(process.ExitCode == 0, $"a shard process failed ({process.ExitCode}): {await output}{await error}");
            }
        }
        run.Augmenter(sharded, new MeanBrightnessScorer()).Merge(2);

        SubgroupAugmenterTests.AssertSameFiles(single, sharded);
    }

    public void Dispose() => temp.Dispose();
}
