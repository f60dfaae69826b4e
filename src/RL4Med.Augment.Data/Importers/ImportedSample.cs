namespace RL4Med.Augment.Data.Importers;

/// <summary>
/// A real image as an importer found it, before preprocessing and splitting. <see cref="SourceFile"/> and
/// <see cref="SourceRow"/> point at the metadata row, so image errors can name it.
/// </summary>
public sealed record ImportedSample(
    string SampleId,
    string ImageFile,
    string GroupId,
    string Diagnosis,
    IReadOnlyDictionary<string, string?> Attributes,
    string SourceFile,
    int SourceRow);

/// <summary>What an importer read: the kept samples and counts for the import summary.</summary>
/// <param name="Samples">Images whose diagnosis is kept.</param>
/// <param name="RowsRead">Metadata rows read, all diagnoses.</param>
/// <param name="GroupsRead">Distinct lesion or patient ids among them.</param>
/// <param name="KeptAnnotated">Kept images found in the annotation file (0 without one).</param>
public sealed record ImportResult(IReadOnlyList<ImportedSample> Samples, int RowsRead, int GroupsRead, int KeptAnnotated);
