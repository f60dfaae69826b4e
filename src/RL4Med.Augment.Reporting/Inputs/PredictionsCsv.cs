using System.Globalization;
using CsvHelper;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Tables;
using RL4Med.Augment.Metrics;

namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>
/// The predictions file of one arm on the real test images:
/// <c>sample_id,group_id,subgroup,label,predicted,score:&lt;class&gt;,...</c>, one row per image, one score column
/// per class in the order of the classifier's outputs. <c>group_id</c> is the lesion (the bootstrap's cluster),
/// <c>subgroup</c> the subgroup key, e.g. <c>diagnosis=mel, hair=1, ink=0</c>; scores are class probabilities.
/// </summary>
public static class PredictionsCsv
{
    /// <summary>Column of the test image id.</summary>
    public const string SampleId = "sample_id";

    /// <summary>Column of the lesion id: rows of one lesion are resampled together.</summary>
    public const string GroupId = "group_id";

    /// <summary>Column of the subgroup key.</summary>
    public const string Subgroup = "subgroup";

    /// <summary>Column of the true class.</summary>
    public const string Label = "label";

    /// <summary>Column of the predicted class.</summary>
    public const string Predicted = "predicted";

    /// <summary>Prefix of the score columns: <c>score:mel</c> holds the probability of <c>mel</c>.</summary>
    public const string ScorePrefix = "score:";

    private static readonly string[] LeadingColumns = [SampleId, GroupId, Subgroup, Label, Predicted];

    /// <summary>Writes <paramref name="arm"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, ArmPredictions arm)
    {
        PredictionSet predictions = arm.Predictions;
        if (arm.SampleIds.Count != predictions.Count)
            throw new ArgumentException($"Arm '{arm.Name}' has {arm.SampleIds.Count} sample ids for {predictions.Count} predictions.", nameof(arm));
        string[] header = LeadingColumns.Concat(predictions.ClassNames.Select(name => ScorePrefix + name)).ToArray();
        AtomicFile.Write(path, stream =>
        {
            using var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
            writer.WriteHeader(header);
            for (int row = 0; row < predictions.Count; row++)
            {
                PredictionRow prediction = predictions.Rows[row];
                string[] leading = [arm.SampleIds[row], prediction.Cluster, prediction.Group, prediction.TrueLabel, prediction.PredictedLabel];
                // "R" keeps every bit of the float, so a round trip reproduces AUC ties exactly.
                writer.WriteRecord(leading.Concat(prediction.Scores.Select(score => score.ToString("R", CultureInfo.InvariantCulture))).ToArray());
            }
        });
    }

    /// <summary>Reads and validates one arm's predictions; every problem names the file and the data row (the header is row 0).</summary>
    /// <param name="path">The predictions CSV.</param>
    /// <param name="armName">The arm the file belongs to.</param>
    /// <param name="positiveClass">The class one-vs-rest rates treat as positive; it must have a score column.</param>
    /// <exception cref="InputDataException">The file is missing or malformed.</exception>
    public static ArmPredictions Read(string path, string armName, string positiveClass)
    {
        CsvTable table = CsvTable.Read(path);
        int[] leading = LeadingColumns.Select(table.ColumnIndex).ToArray();
        int[] scoreColumns = Enumerable.Range(0, table.Header.Count).Where(c => table.Header[c].StartsWith(ScorePrefix, StringComparison.Ordinal)).ToArray();
        string[] classNames = scoreColumns.Select(c => table.Header[c][ScorePrefix.Length..]).ToArray();
        if (classNames.Length < 2)
            throw new InputDataException($"needs a '{ScorePrefix}<class>' column for each of at least two classes; found {classNames.Length}", path, 0);
        if (!classNames.Contains(positiveClass, StringComparer.Ordinal))
            throw new InputDataException($"has no score column for the positive class '{positiveClass}' (classes: {string.Join(", ", classNames)})", path, 0);

        var classSet = classNames.ToHashSet(StringComparer.Ordinal);
        var sampleIds = new string[table.Rows.Count];
        var rows = new PredictionRow[table.Rows.Count];
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            string[] cells = table.Rows[r];
            int rowNumber = r + 1;
            InputDataException Bad(string message) => new(message, path, rowNumber);
            string Required(int slot) => cells[leading[slot]].Length > 0 ? cells[leading[slot]] : throw Bad($"'{LeadingColumns[slot]}' is empty");
            string Known(int slot)
            {
                string value = Required(slot);
                return classSet.Contains(value) ? value : throw Bad($"{LeadingColumns[slot]} '{value}' is not one of the classes: {string.Join(", ", classNames)}");
            }

            string sampleId = Required(0);
            if (!firstRowOf.TryAdd(sampleId, rowNumber)) throw Bad($"duplicate sample id '{sampleId}' (first in row {firstRowOf[sampleId]})");
            var scores = new float[scoreColumns.Length];
            for (int c = 0; c < scores.Length; c++)
            {
                string cell = cells[scoreColumns[c]];
                if (!float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out scores[c]) || !float.IsFinite(scores[c]))
                    throw Bad($"'{table.Header[scoreColumns[c]]}' must be a finite number, not '{cell}'");
            }
            sampleIds[r] = sampleId;
            rows[r] = new PredictionRow(Known(3), Known(4), scores, Required(2), Required(1));
        }
        return new ArmPredictions(armName, sampleIds, new PredictionSet(classNames, positiveClass, rows));
    }
}
