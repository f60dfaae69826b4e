namespace RL4Med.Augment.Reporting.Computation;

/// <summary>One arm's line of the headline table.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="Accuracy">Overall accuracy with interval.</param>
/// <param name="WorstGroupAccuracy">Worst-subgroup accuracy with interval.</param>
/// <param name="WorstSubgroup">The subgroup with the worst accuracy; null when no subgroup can be judged.</param>
/// <param name="BalancedAccuracy">Overall balanced accuracy with interval.</param>
/// <param name="Deltas">Differences against each baseline the arm is compared with.</param>
public sealed record HeadlineRow(
    string Arm,
    IntervalEstimate Accuracy,
    IntervalEstimate WorstGroupAccuracy,
    string? WorstSubgroup,
    IntervalEstimate BalancedAccuracy,
    IReadOnlyList<HeadlineDelta> Deltas)
{
    /// <summary>The differences against <paramref name="baseline"/>; null when the arm is not compared with it.</summary>
    public HeadlineDelta? VersusBaseline(string baseline) => Deltas.SingleOrDefault(delta => delta.Baseline == baseline);
}
