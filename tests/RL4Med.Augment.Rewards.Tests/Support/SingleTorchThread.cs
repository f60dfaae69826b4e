using System.Runtime.CompilerServices;

namespace RL4Med.Augment.Rewards.Tests.Support;

internal static class SingleTorchThread
{
    /// <summary>
    /// One intra-op thread: the test models are tiny, and on a shared 2-core machine OpenMP threads waiting on each
    /// other made a training test 20x slower (13 s instead of 0.6 s).
    /// </summary>
#pragma warning disable CA2255 // a test assembly's one-time setup, not a library's
    [ModuleInitializer]
    internal static void Apply() => TorchSharp.torch.set_num_threads(1);
#pragma warning restore CA2255
}
