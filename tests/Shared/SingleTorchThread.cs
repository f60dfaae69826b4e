using System.Runtime.CompilerServices;

namespace RL4Med.Augment.TestSupport;

/// <summary>
/// One intra-op thread for every test assembly that trains tiny models (linked into each: a module initializer runs
/// only in its own assembly). The models gain nothing from two threads, and on a shared 2-core machine OpenMP threads
/// waiting on each other made a training test 20x slower (13 s instead of 0.6 s). Runs in the shard child processes
/// too, which load a test assembly as their program.
/// </summary>
internal static class SingleTorchThread
{
#pragma warning disable CA2255 // a test assembly's one-time setup, not a library's
    [ModuleInitializer]
    internal static void Apply() => TorchSharp.torch.set_num_threads(1);
#pragma warning restore CA2255
}
