namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>Sentences the claims section prints in both formats.</summary>
internal static class ClaimText
{
    /// <summary>What was repeated over seeds and what was not.</summary>
    public static string Seeds(int seeds) => seeds == 1
        ? "Generator trained once; classifier arms trained with one seed (run --seeds N repeats them over N seeds)."
        : $"Generator trained once; classifier arms repeated over {seeds} seeds. The tables below the claims show classifier seed 0; the claims and their tables pool every seed.";
}
