namespace RL4Med.Augment.Torch.Diagnostics;

/// <summary>
/// The numeric self-check failed: this machine's kernels give wrong numbers, so training is refused before it starts
/// rather than stopped by a NaN an hour in.
/// </summary>
public sealed class MachineFaultException(IReadOnlyList<SelfCheckResult> failed)
    : InvalidOperationException(
        "the numeric self-check failed on this machine, so training did not start: " +
        string.Join("; ", failed.Select(result => result.ToString())) +
        ". Run 'doctor' for the CPU, its vector extensions and oneDNN's instruction set.")
{
    /// <summary>The checks that failed.</summary>
    public IReadOnlyList<SelfCheckResult> Failed { get; } = failed;
}
