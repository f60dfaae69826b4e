using Microsoft.ML;
using RL4Med.Augment.Augmentation.DataViews;
using RL4Med.Augment.Data.Manifest;

namespace RL4Med.Augment.Augmentation;

/// <summary>The real training rows of a prepared manifest, as augmentation takes them.</summary>
public static class AugmentationInput
{
    /// <summary>The real rows of the training split, with absolute image paths (validation and test rows are never included).</summary>
    public static IReadOnlyList<ManifestRow> RealTrainingRows(DatasetManifest manifest) =>
        manifest.Split(SplitNames.Train).Where(row => !row.IsSynthetic).Select(row => WithAbsolutePath(manifest, row)).ToList();

    /// <summary>
    /// <see cref="RealTrainingRows"/> as an <see cref="IDataView"/> in the estimator's contract (ImagePath, Label, SampleId,
    /// GroupId, one text column per attribute, IsSynthetic and the provenance columns, empty for real rows).
    /// </summary>
    public static IDataView Load(DatasetManifest manifest) => new ManifestRowsDataView(manifest.AttributeNames, RealTrainingRows(manifest));

    /// <summary><paramref name="row"/> of <paramref name="manifest"/> with its image path made absolute.</summary>
    public static ManifestRow WithAbsolutePath(DatasetManifest manifest, ManifestRow row) => new()
    {
        SampleId = row.SampleId,
        ImagePath = manifest.ImageFile(row),
        GroupId = row.GroupId,
        Diagnosis = row.Diagnosis,
        Attributes = row.Attributes,
        Split = row.Split,
        IsSynthetic = row.IsSynthetic,
        Provenance = row.Provenance,
    };
}
