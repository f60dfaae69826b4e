using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace RL4Med.Augment.Runs.Stages;

/// <summary>
/// Memory between the stages of one <c>run</c> process. A stage's managed buffers (decoded images, features), the
/// native sessions their finalizers free and the tensor buffers glibc keeps in its heaps after libtorch frees them would
/// otherwise stay mapped into the next stage, adding up to more than any single stage needs.
/// </summary>
public static class StageMemory
{
    /// <summary>
    /// Collects and compacts the managed heap, large objects included, after running pending finalizers; then hands the
    /// native heap's free pages back to the system (glibc's <c>malloc_trim</c>, where there is one).
    /// </summary>
    public static void Release()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (OperatingSystem.IsLinux()) TrimNativeHeap();
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

    private static void TrimNativeHeap()
    {
        try
        {
            malloc_trim(0);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library without malloc_trim (musl): its heap is left as it is.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int malloc_trim(nuint pad);
}
