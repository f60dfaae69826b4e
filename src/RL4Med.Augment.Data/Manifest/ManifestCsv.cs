using System.Globalization;
using CsvHelper;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Tables;

namespace RL4Med.Augment.Data.Manifest;

/// <summary>Reads and writes the manifest CSV (see <c>data/README.md</c> for the format).</summary>
public static class ManifestCsv
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/> atomically; image paths must already be relative to its folder.</summary>
    public static void Write(string path, IReadOnlyList<string> attributeNames, IEnumerable<ManifestRow> rows)
    {
        foreach (string name in attributeNames)
            if (ManifestColumns.IsReserved(name)) throw new ArgumentException($"attribute '{name}' clashes with a manifest column");
        string[] header = ManifestColumns.Leading.Concat(attributeNames).Concat(ManifestColumns.Trailing).ToArray();
        AtomicFile.Write(path, stream =>
        {
            using var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
            writer.WriteHeader(header);
            foreach (var row in rows)
            {
                var p = row.Provenance;
                var cells = new List<string?> { row.SampleId, row.ImagePath, row.GroupId, row.Diagnosis };
                cells.AddRange(attributeNames.Select(a => row.Attributes.GetValueOrDefault(a)));
                cells.AddRange(new[]
                {
                    row.Split, row.IsSynthetic ? "1" : "0", p?.GeneratorHash, p?.Prompt,
                    p?.Seed.ToString(Invariant), p?.Guidance.ToString("R", Invariant), p?.Steps.ToString(Invariant),
                    p?.Eta.ToString("R", Invariant), p?.RewardScore?.ToString("R", Invariant),
                });
                writer.WriteRecord(cells.Select(c => c ?? "").ToArray());
            }
        });
    }

    /// <summary>Writes <paramref name="manifest"/> back to its own path.</summary>
    public static void Write(DatasetManifest manifest) => Write(manifest.Path, manifest.AttributeNames, manifest.Rows);

    /// <summary>Reads and validates a manifest; every problem names the file and the row.</summary>
    public static DatasetManifest Read(string path)
    {
        var table = CsvTable.Read(path);
        int Col(string name) => table.ColumnIndex(name);
        int id = Col(ManifestColumns.SampleId), image = Col(ManifestColumns.ImagePath), group = Col(ManifestColumns.GroupId);
        int diagnosis = Col(ManifestColumns.Diagnosis), split = Col(ManifestColumns.Split), synthetic = Col(ManifestColumns.IsSynthetic);
        int[] provenance = new[]
        {
            ManifestColumns.GeneratorHash, ManifestColumns.Prompt, ManifestColumns.Seed, ManifestColumns.Guidance,
            ManifestColumns.Steps, ManifestColumns.Eta, ManifestColumns.RewardScore,
        }.Select(Col).ToArray();
        var attributeNames = table.Header.Where(h => !ManifestColumns.IsReserved(h)).ToList();
        var attributeIndex = attributeNames.Select(Col).ToArray();

        var rows = new List<ManifestRow>(table.Rows.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            string[] cells = table.Rows[r];
            int rowNumber = r + 1;
            InputDataException Bad(string message) => new(message, path, rowNumber);
            string Required(int column, string name) =>
                cells[column].Length > 0 ? cells[column] : throw Bad($"'{name}' is empty");

            string sampleId = Required(id, ManifestColumns.SampleId);
            if (seen.TryGetValue(sampleId, out int firstRow)) throw Bad($"duplicate sample id '{sampleId}' (first in row {firstRow})");
            seen[sampleId] = rowNumber;
            string splitName = cells[split];
            if (splitName.Length > 0 && !SplitNames.All.Contains(splitName))
                throw Bad($"split '{splitName}' is not one of {string.Join(", ", SplitNames.All)}");
            bool isSynthetic = cells[synthetic] switch
            {
                "1" => true,
                "0" or "" => false,
                var other => throw Bad($"is_synthetic must be 0 or 1, not '{other}'"),
            };
            if (isSynthetic && splitName != SplitNames.Train)
                throw Bad($"synthetic sample '{sampleId}' is in split '{splitName}': synthetic images may only be used for training");

            var attributes = new Dictionary<string, string?>(attributeNames.Count, StringComparer.Ordinal);
            for (int a = 0; a < attributeNames.Count; a++)
                attributes[attributeNames[a]] = cells[attributeIndex[a]].Length > 0 ? cells[attributeIndex[a]] : null;

            rows.Add(new ManifestRow
            {
                SampleId = sampleId,
                ImagePath = Required(image, ManifestColumns.ImagePath),
                GroupId = Required(group, ManifestColumns.GroupId),
                Diagnosis = Required(diagnosis, ManifestColumns.Diagnosis),
                Attributes = attributes,
                Split = splitName,
                IsSynthetic = isSynthetic,
                Provenance = isSynthetic ? ReadProvenance(cells, provenance, Bad) : null,
            });
        }
        return new DatasetManifest(path, attributeNames, rows);
    }

    private static SyntheticProvenance ReadProvenance(string[] cells, int[] columns, Func<string, InputDataException> bad)
    {
        T Parse<T>(int slot, string name) where T : IParsable<T> =>
            T.TryParse(cells[columns[slot]], Invariant, out T? value) ? value
                : throw bad($"synthetic row: '{name}' must be a number, not '{cells[columns[slot]]}'");
        string hash = cells[columns[0]].Length > 0 ? cells[columns[0]] : throw bad("synthetic row without generator_hash");
        string reward = cells[columns[6]];
        return new SyntheticProvenance(hash, cells[columns[1]], Parse<long>(2, "seed"), Parse<double>(3, "guidance"),
            Parse<int>(4, "steps"), Parse<double>(5, "eta"), reward.Length == 0 ? null : Parse<double>(6, "reward_score"));
    }
}
