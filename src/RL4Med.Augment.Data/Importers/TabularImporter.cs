using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Tables;

namespace RL4Med.Augment.Data.Importers;

/// <summary>
/// Imports a metadata CSV plus an image folder, with an optional annotation CSV joined by image id.
/// HAM10000 (+ ISIC-2019 artifact flags), any user CSV and the rendered demo data all come through here.
/// </summary>
public sealed class TabularImporter
{
    private readonly DatasetConfig dataset;
    private readonly string metadataPath;
    private readonly string imageFolder;
    private readonly string? annotationsPath;

    /// <param name="dataset">The dataset section of the run configuration.</param>
    /// <param name="files">Where the files are (for the demo source, its rendered folder).</param>
    /// <param name="dataRoot">Folder that relative paths in <paramref name="files"/> start from.</param>
    public TabularImporter(DatasetConfig dataset, TabularSourceConfig files, string dataRoot)
    {
        this.dataset = dataset;
        Files = files;
        metadataPath = Path.GetFullPath(files.Metadata, dataRoot);
        imageFolder = Path.GetFullPath(files.ImageFolder, dataRoot);
        annotationsPath = string.IsNullOrEmpty(files.Annotations) ? null : Path.GetFullPath(files.Annotations, dataRoot);
    }

    public TabularSourceConfig Files { get; }

    /// <summary>Reads and checks every row; rows whose diagnosis is declared but not kept are left out of the samples.</summary>
    public ImportResult Import()
    {
        var metadata = CsvTable.Read(metadataPath);
        int idColumn = metadata.ColumnIndex(Files.ImageIdColumn);
        int groupColumn = metadata.ColumnIndex(Files.GroupColumn);
        int diagnosisColumn = metadata.ColumnIndex(Files.DiagnosisColumn);
        int? pathColumn = Files.ImagePathColumn is { Length: > 0 } pc ? metadata.ColumnIndex(pc) : null;
        var annotations = annotationsPath == null ? null : AnnotationIndex.Read(annotationsPath, Files.AnnotationImageColumn);
        var sources = dataset.Attributes.Select(a => AttributeSource.Locate(a, metadata, annotations)).ToList();
        var kept = new HashSet<string>(dataset.KeptDiagnoses);

        var samples = new List<ImportedSample>(metadata.Rows.Count);
        var firstRowOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new HashSet<string>(StringComparer.Ordinal);
        int annotated = 0;
        for (int r = 0; r < metadata.Rows.Count; r++)
        {
            string[] cells = metadata.Rows[r];
            int row = r + 1;
            InputDataException Bad(string message) => new(message, metadataPath, row);

            string id = cells[idColumn];
            if (id.Length == 0) throw Bad($"'{Files.ImageIdColumn}' is empty");
            if (firstRowOfId.TryGetValue(id, out int first)) throw Bad($"duplicate image id '{id}' (first in row {first})");
            firstRowOfId[id] = row;
            string diagnosis = cells[diagnosisColumn];
            if (!dataset.Diagnoses.ContainsKey(diagnosis))
                throw Bad($"unknown diagnosis code '{diagnosis}' in '{Files.DiagnosisColumn}' (declared: {string.Join(", ", dataset.Diagnoses.Keys)})");
            string group = cells[groupColumn];
            if (group.Length == 0) throw Bad($"'{Files.GroupColumn}' is empty: every image needs its lesion or patient id");
            groups.Add(group);
            if (!kept.Contains(diagnosis)) continue;
            if (annotations?.Find(id) != null) annotated++;

            var attributes = new Dictionary<string, string?>(sources.Count, StringComparer.Ordinal);
            foreach (var source in sources)
            {
                try
                {
                    attributes[source.Attribute.Name] = source.Read(id, cells);
                }
                catch (FormatException e)
                {
                    throw source.FromAnnotations
                        ? new InputDataException(e.Message, annotationsPath, annotations!.RowOf(id))
                        : Bad(e.Message);
                }
            }
            string relative = pathColumn is int p ? cells[p] : id + Files.ImageExtension;
            if (relative.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || relative.Contains('\0'))
                throw Bad($"image path '{relative}' contains characters no file name can have");
            samples.Add(new ImportedSample(id, Path.GetFullPath(relative, imageFolder), group, diagnosis, attributes, metadataPath, row));
        }
        return new ImportResult(samples, metadata.Rows.Count, groups.Count, annotated);
    }

    /// <summary>Where one attribute's values come from: a metadata column, or an annotation column joined by image id.</summary>
    private sealed record AttributeSource(AttributeConfig Attribute, int Column, AnnotationIndex? Annotations)
    {
        public bool FromAnnotations => Annotations != null;

        public static AttributeSource Locate(AttributeConfig attribute, CsvTable metadata, AnnotationIndex? annotations)
        {
            string column = attribute.SourceColumn;
            if (metadata.HasColumn(column)) return new(attribute, metadata.ColumnIndex(column), null);
            if (annotations != null && annotations.Table.HasColumn(column)) return new(attribute, annotations.Table.ColumnIndex(column), annotations);
            throw new InputDataException(
                $"attribute '{attribute.Name}' reads column '{column}', which is in neither the metadata" +
                (annotations != null ? $" nor the annotations ({annotations.Table.Path})" : "") +
                $" (metadata columns: {string.Join(", ", metadata.Header)})", metadata.Path, 0);
        }

        /// <summary>The attribute value of image <paramref name="id"/>; an image the annotations do not cover is unknown, not absent.</summary>
        public string? Read(string id, string[] metadataCells)
        {
            if (Annotations == null) return AttributeValueParser.Parse(Attribute, metadataCells[Column]);
            return Annotations.Find(id) is { } cells ? AttributeValueParser.Parse(Attribute, cells[Column]) : null;
        }
    }

    /// <summary>An annotation CSV indexed by image id.</summary>
    private sealed class AnnotationIndex
    {
        private readonly Dictionary<string, int> rowOfId = new(StringComparer.Ordinal);

        private AnnotationIndex(CsvTable table) => Table = table;

        public CsvTable Table { get; }

        public static AnnotationIndex Read(string path, string idColumn)
        {
            var index = new AnnotationIndex(CsvTable.Read(path));
            int column = index.Table.ColumnIndex(idColumn);
            for (int r = 0; r < index.Table.Rows.Count; r++)
                if (!index.rowOfId.TryAdd(index.Table.Rows[r][column], r))
                    throw new InputDataException($"duplicate image id '{index.Table.Rows[r][column]}' in the annotations", path, r + 1);
            return index;
        }

        public string[]? Find(string id) => rowOfId.TryGetValue(id, out int r) ? Table.Rows[r] : null;

        public int? RowOf(string id) => rowOfId.TryGetValue(id, out int r) ? r + 1 : null;
    }
}
