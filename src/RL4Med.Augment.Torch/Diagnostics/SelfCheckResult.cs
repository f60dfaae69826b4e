namespace RL4Med.Augment.Torch.Diagnostics;

/// <summary>
/// One numeric check: <paramref name="Passes"/> float32 forward and backward passes of a layer compared with its
/// float64 result on the same inputs.
/// </summary>
/// <param name="Name">The layer and shape, e.g. "convolution 32→3".</param>
/// <param name="Passes">Forward and backward passes compared.</param>
/// <param name="NonFinitePasses">Passes whose output or a gradient held a NaN or infinity.</param>
/// <param name="MismatchedPasses">Finite passes whose output or a gradient differed from float64 beyond the tolerance.</param>
/// <param name="WorstRelativeError">The largest relative error of a finite pass: max |float32 − float64| / max |float64|.</param>
public sealed record SelfCheckResult(string Name, int Passes, int NonFinitePasses, int MismatchedPasses, double WorstRelativeError)
{
    /// <summary>True when every pass was finite and within the tolerance.</summary>
    public bool Passed => NonFinitePasses == 0 && MismatchedPasses == 0;

    /// <summary>One line: the name, the verdict and the numbers.</summary>
    public override string ToString() =>
        $"{Name}: {(Passed ? "ok" : "FAILED")}, {Passes} passes, {NonFinitePasses} non-finite, {MismatchedPasses} off float64, worst relative error {WorstRelativeError:G2}";
}
