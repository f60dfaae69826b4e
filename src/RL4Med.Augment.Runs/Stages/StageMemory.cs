using System.Diagnostics;
using System.Runtime;

namespace RL4Med.Augment.Runs.Stages;

/// <summary>
/// Memory between the stages of one <c>run</c> process. A stage's managed buffers (decoded images, features) and the
/// native sessions their finalizers free would otherwise stay mapped into the next stage, adding up to more than any
/// single stage needs.
/// </summary>
public static class StageMemory
{
    /// <summary>Collects and compacts the managed heap, large objects included, after running pending finalizers.</summary>
    public static void Release()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>The process's peak resident memory so far, in GiB (what <c>/usr/bin/time -v</c> reports as maximum resident set size).</summary>
    public static double PeakGiB
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64 / (1024.0 * 1024 * 1024);
        }
    }
}
