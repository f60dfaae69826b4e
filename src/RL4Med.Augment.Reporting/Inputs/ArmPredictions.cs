using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>One arm's predictions on the real test images, with the sample id of each row.</summary>
/// <param name="Name">The arm, e.g. <see cref="ArmNames.DdpoAugmented"/>.</param>
/// <param name="SampleIds">The test image of each row of <paramref name="Predictions"/>; they pair the rows of different arms.</param>
/// <param name="Predictions">The predictions; the group of a row is its subgroup key, the cluster its lesion id.</param>
public sealed record ArmPredictions(string Name, IReadOnlyList<string> SampleIds, PredictionSet Predictions)
{
    /// <summary>
    /// The same predictions with rows in the order of <paramref name="sampleIds"/>, so that the paired bootstrap
    /// weighs the same image in both arms. Returns this arm when the order already matches.
    /// </summary>
    /// <exception cref="ArgumentException">The arm lacks one of <paramref name="sampleIds"/> or holds another image.</exception>
    public ArmPredictions AlignedTo(IReadOnlyList<string> sampleIds)
    {
        if (SampleIds.SequenceEqual(sampleIds, StringComparer.Ordinal)) return this;
        if (sampleIds.Count != SampleIds.Count)
            throw new ArgumentException($"Arm '{Name}' has {SampleIds.Count} test images; the other arms have {sampleIds.Count}.", nameof(sampleIds));
        var rowOf = SampleIds.Select((id, row) => (id, row)).ToDictionary(p => p.id, p => p.row, StringComparer.Ordinal);
        var rows = new PredictionRow[sampleIds.Count];
        for (int index = 0; index < sampleIds.Count; index++)
        {
            if (!rowOf.TryGetValue(sampleIds[index], out int row))
                throw new ArgumentException($"Arm '{Name}' has no prediction for test image '{sampleIds[index]}', which the other arms have.", nameof(sampleIds));
            rows[index] = Predictions.Rows[row];
        }
        return this with { SampleIds = sampleIds, Predictions = new PredictionSet(Predictions.ClassNames, Predictions.PositiveClass, rows) };
    }
}
