using System.Runtime.CompilerServices;

namespace RL4Med.Augment.Augmentation.Tests.Support;

internal static class SingleTorchThread
{
    /// <summary>
    /// One intra-op thread: the tiny test generator gains nothing from two, and on a shared two-core machine
    /// OpenMP's spinning threads slow each other down many times over when another process is busy.
    /// Runs in the shard child processes too, which load this assembly as their program.
    /// </summary>
#pragma warning disable CA2255 // a test assembly's one-time setup, not a library's
    [ModuleInitializer]
    internal static void Apply() => TorchSharp.torch.set_num_threads(1);
#pragma warning restore CA2255
}
