using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Subgroups;
using Spectre.Console;

namespace RL4Med.Augment.Pipeline.Console;

/// <summary>Terminal tables of a manifest: images per split and diagnosis, and the subgroup counts.</summary>
public static class SubgroupTableView
{
    /// <summary>Images and lesions per split and diagnosis.</summary>
    public static Table Splits(DatasetManifest manifest)
    {
        var table = new Table().Title("Images per split (lesions in brackets)").AddColumn("diagnosis");
        foreach (string split in SplitNames.All) table.AddColumn(new TableColumn(split).RightAligned());
        foreach (var diagnosis in manifest.Rows.Select(r => r.Diagnosis).Distinct().Order())
        {
            var cells = new List<string> { diagnosis };
            foreach (string split in SplitNames.All)
            {
                var rows = manifest.Rows.Where(r => r.Split == split && r.Diagnosis == diagnosis && !r.IsSynthetic).ToList();
                cells.Add($"{rows.Count} ({rows.Select(r => r.GroupId).Distinct().Count()})");
            }
            table.AddRow(cells.ToArray());
        }
        return table;
    }

    /// <summary>One row per subgroup; under-represented ones are highlighted.</summary>
    public static Table Subgroups(SubgroupCounts counts)
    {
        var table = new Table()
            .Title($"Subgroups by {counts.Spec}")
            .Caption($"under-represented (yellow): {counts.Rule.Describe()}; '?' = unknown")
            .AddColumn("subgroup");
        foreach (string column in new[] { "train", "validation", "test", "synthetic" })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var row in counts.Rows)
        {
            string style = row.UnderRepresented ? "yellow" : row.Key.IsFullyKnown ? "default" : "grey";
            table.AddRow(new[] { row.Key.Text, $"{row.RealTrain}", $"{row.RealValidation}", $"{row.RealTest}", $"{row.SyntheticTrain}" }
                .Select(text => new Markup($"[{style}]{Markup.Escape(text)}[/]")));
        }
        return table;
    }
}
