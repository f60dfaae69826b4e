using Microsoft.ML;
using RL4Med.Augment.Data.Manifest;

namespace RL4Med.Augment.Classification.Manifest;

/// <summary>Turns the rows of a manifest split into classifier input (<see cref="ClassifierImageRow"/> columns).</summary>
public static class ManifestDataViews
{
    /// <summary>
    /// The rows of <paramref name="split"/> (train includes synthetic rows; validation and test are real by the
    /// manifest's own check), in manifest order, with absolute image paths and <paramref name="group"/>'s key per row.
    /// </summary>
    public static IReadOnlyList<ClassifierImageRow> Rows(DatasetManifest manifest, string split, Func<ManifestRow, string> group) =>
        manifest.Split(split).Select(row => Row(manifest, row, group(row))).ToList();

    /// <summary>One row of <paramref name="manifest"/> as classifier input, with its absolute image path and <paramref name="group"/>.</summary>
    public static ClassifierImageRow Row(DatasetManifest manifest, ManifestRow row, string group) => new()
    {
        ImagePath = manifest.ImageFile(row),
        Label = row.Diagnosis,
        SampleId = row.SampleId,
        Group = group,
        GroupId = row.GroupId,
        IsSynthetic = row.IsSynthetic,
    };

    /// <summary><see cref="Rows"/> as an <see cref="IDataView"/>.</summary>
    public static IDataView Load(MLContext mlContext, DatasetManifest manifest, string split, Func<ManifestRow, string> group) =>
        mlContext.Data.LoadFromEnumerable(Rows(manifest, split, group));
}
