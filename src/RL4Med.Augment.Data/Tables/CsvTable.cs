using CsvHelper;
using RL4Med.Augment.Data.Errors;

namespace RL4Med.Augment.Data.Tables;

/// <summary>
/// A whole CSV file in memory: header and string cells, with the data row number kept for error messages.
/// Metadata files of dermatology sets are small (10^4..10^5 rows), so reading them whole is simplest.
/// </summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> columnIndex;

    private CsvTable(string path, IReadOnlyList<string> header, List<string[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
        columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Count; i++)
            if (!columnIndex.TryAdd(header[i], i))
                throw new InputDataException($"column '{header[i]}' appears twice in the header", path, 0);
    }

    /// <summary>The file the table was read from.</summary>
    public string Path { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Data rows; row <c>i</c> is data row <c>i + 1</c> of the file.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Whether the header has <paramref name="column"/>.</summary>
    public bool HasColumn(string column) => columnIndex.ContainsKey(column);

    /// <summary>Index of <paramref name="column"/>; a missing one is an error naming the file and the columns it has.</summary>
    public int ColumnIndex(string column) =>
        columnIndex.TryGetValue(column, out int index)
            ? index
            : throw new InputDataException(
                $"required column '{column}' is missing (the header has: {string.Join(", ", Header)})", Path, 0);

    /// <summary>Reads <paramref name="path"/>; malformed quoting or a row with the wrong number of fields is an error naming the row.</summary>
    public static CsvTable Read(string path)
    {
        if (!File.Exists(path)) throw new InputDataException("file not found", path);
        var options = CsvReaderOptions.Default with { Separator = ',', TrackLineNumbers = true };
        var rows = new List<string[]>();
        try
        {
            using var reader = CsvReader.FromFile(path, options);
            string[] header = reader.Headers.ToArray();
            if (header.Length == 0) throw new InputDataException("the file is empty: a header row is required", path, 0);
            while (reader.Read())
            {
                if (reader.FieldCount != header.Length)
                    throw new InputDataException(
                        $"{reader.FieldCount} fields where the header has {header.Length}", path, (int)reader.RowNumber);
                var cells = new string[header.Length];
                for (int i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i).Trim();
                rows.Add(cells);
            }
            return new CsvTable(path, header, rows);
        }
        catch (CsvFormatException e)
        {
            throw new InputDataException($"malformed CSV: {e.Message}", path, rows.Count + 1, e);
        }
    }
}
