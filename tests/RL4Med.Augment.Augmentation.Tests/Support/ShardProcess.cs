using System.Diagnostics;

namespace RL4Med.Augment.Augmentation.Tests.Support;

/// <summary>
/// This test assembly as a program, so that a test can generate shards in separate processes:
/// <c>dotnet RL4Med.Augment.Augmentation.Tests.dll &lt;run folder&gt; &lt;output folder&gt; &lt;shard&gt; &lt;count&gt;</c>.
/// </summary>
internal static class ShardProcess
{
    public static int Main(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine("usage: <run folder> <output folder> <shard> <count>");
            return 2;
        }
        TinyRun.Open(args[0]).Augmenter(args[1]).Shard(int.Parse(args[2]), int.Parse(args[3]));
        return 0;
    }

    /// <summary>Starts shard <paramref name="shard"/> of <paramref name="count"/> in a new process with the test host's own dotnet.</summary>
    public static Process Start(TinyRun run, string outputFolder, int shard, int count)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { typeof(ShardProcess).Assembly.Location, run.Root, outputFolder, shard.ToString(), count.ToString() })
            start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start a shard process");
    }

    // The SDK names its dotnet in DOTNET_HOST_PATH for the processes it starts; the test host itself may be an apphost.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";
}
