using RL4Med.Augment.Data.Randomness;
using System.Globalization;
using CsvHelper;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Demo;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Data.Importers;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Splits;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Data.Preparation;

/// <summary>
/// prepare-data: import (or render) the images, check and preprocess every one, split by lesion, and write
/// <c>&lt;run&gt;/data/manifest.csv</c>, the preprocessed PNGs beside it and the subgroup counts table.
/// Every image is checked before anything is written, so bad input leaves the previous output untouched.
/// </summary>
public sealed class DatasetPreparer
{
    private readonly DataConfig config;
    private readonly string workingDirectory;
    private readonly string dataRoot;
    private readonly ImageLimits limits;

    /// <param name="config">The run configuration.</param>
    /// <param name="workingDirectory">Folder that the run folder and the demo folder are relative to.</param>
    /// <param name="dataRoot">Folder that a tabular source's files are relative to (<c>--data-root</c>).</param>
    /// <param name="limits">Image decoding limits.</param>
    public DatasetPreparer(DataConfig config, string workingDirectory, string dataRoot, ImageLimits? limits = null)
    {
        this.config = config;
        this.workingDirectory = Path.GetFullPath(workingDirectory);
        this.dataRoot = Path.GetFullPath(dataRoot, this.workingDirectory);
        this.limits = limits ?? ImageLimits.Default;
    }

    /// <summary>The folder prepare-data writes into.</summary>
    public string DataFolder => DataFolderOf(config.ResolveRunFolder(workingDirectory));

    /// <summary>The data folder inside a run folder.</summary>
    public static string DataFolderOf(string runFolder) => Path.Combine(runFolder, "data");

    /// <summary>The manifest path inside a run folder.</summary>
    public static string ManifestPathOf(string runFolder) => Path.Combine(DataFolderOf(runFolder), "manifest.csv");

    /// <summary>Runs every step and returns the written manifest and counts.</summary>
    public PreparedDataset Prepare(IProgress<PreparationProgress>? progress = null)
    {
        var import = Import(progress);
        var samples = import.Samples;
        if (samples.Count == 0) throw new InputDataException("no images left after keeping diagnoses " + string.Join(", ", config.Dataset.KeptDiagnoses));
        byte[][] pngs = PreprocessAll(samples, progress);

        string[] splits;
        try
        {
            splits = GroupedStratifiedSplitter.Assign(
                samples.Select(s => new GroupedStratifiedSplitter.Item(s.GroupId, s.Diagnosis)).ToList(), config.Split, config.Seed);
        }
        catch (SplitException e)
        {
            throw new InputDataException(e.Message, samples[0].SourceFile);
        }

        string[] fileNames = samples.Select(s => ImageFileName(s.SampleId)).ToArray();
        var rows = samples.Select((s, i) => new ManifestRow
        {
            SampleId = s.SampleId,
            ImagePath = "images/" + fileNames[i],
            GroupId = s.GroupId,
            Diagnosis = s.Diagnosis,
            Attributes = s.Attributes,
            Split = splits[i],
        }).ToList();
        var attributeNames = config.Dataset.Attributes.Select(a => a.Name).ToList();

        string folder = DataFolder;
        ReplaceImageFolder(Path.Combine(folder, "images"), fileNames, pngs, progress);
        var manifest = new DatasetManifest(Path.Combine(folder, "manifest.csv"), attributeNames, rows);
        ManifestCsv.Write(manifest);
        var counts = CountSubgroups(manifest, config);
        string countsPath = Path.Combine(folder, "subgroup_counts.csv");
        WriteCounts(countsPath, counts);
        return new PreparedDataset(import, manifest, counts, countsPath);
    }

    /// <summary>The subgroup counts of <paramref name="manifest"/> under the configuration's spec and rule.</summary>
    public static SubgroupCounts CountSubgroups(DatasetManifest manifest, DataConfig config, string? by = null)
    {
        var spec = SubgroupSpec.Parse(by ?? config.Subgroups.By, config.Dataset.Attributes);
        return SubgroupCounts.Count(manifest.Rows, spec, UnderRepresentationRule.From(config.Subgroups),
            spec.PossibleKeys(config.Dataset.KeptDiagnoses));
    }

    /// <summary>Writes the counts table as CSV (one row per subgroup), atomically.</summary>
    public static void WriteCounts(string path, SubgroupCounts counts) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = CsvWriter.Create(stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
            writer.WriteHeader(new[] { "subgroup", "real_train", "real_validation", "real_test", "synthetic_train", "under_represented" });
            foreach (var c in counts.Rows)
                writer.WriteRecord(new[]
                {
                    c.Key.Text, I(c.RealTrain), I(c.RealValidation), I(c.RealTest), I(c.SyntheticTrain), c.UnderRepresented ? "1" : "0",
                });
        });

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private ImportResult Import(IProgress<PreparationProgress>? progress)
    {
        var dataset = config.Dataset;
        if (dataset.Source != "demo")
            return new TabularImporter(dataset, dataset.Files, dataRoot).Import();
        string folder = Path.GetFullPath(dataset.Demo.Folder, workingDirectory);
        var files = DemoDatasetWriter.EnsureRendered(dataset.Demo, folder, config.Seed,
            new Progress<int>(done => progress?.Report(new PreparationProgress("render demo images", done, dataset.Demo.Images))));
        return new TabularImporter(dataset, files, folder).Import();
    }

    /// <summary>Decodes, checks and preprocesses every image in parallel; the first bad one (in file order) is the error.</summary>
    private byte[][] PreprocessAll(IReadOnlyList<ImportedSample> samples, IProgress<PreparationProgress>? progress)
    {
        var pngs = new byte[samples.Count][];
        var errors = new InputDataException?[samples.Count];
        int done = 0;
        Parallel.For(0, samples.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var sample = samples[i];
            try
            {
                using var decoded = SafeImageDecoder.Decode(sample.ImageFile, limits);
                using var square = SquareImagePreprocessor.CenterCropResize(decoded, config.Images.Size);
                pngs[i] = SquareImagePreprocessor.EncodePng(square);
            }
            catch (InputDataException e)
            {
                errors[i] = new InputDataException(
                    $"image {sample.SampleId} ({sample.ImageFile}): {e.Message.Replace(sample.ImageFile + ": ", "")}", sample.SourceFile, sample.SourceRow);
            }
            progress?.Report(new PreparationProgress("check and preprocess images", Interlocked.Increment(ref done), samples.Count));
        });
        if (errors.FirstOrDefault(e => e != null) is { } first) throw first;
        return pngs;
    }

    /// <summary>Writes all images into a fresh folder, then swaps it in, so a failure never leaves a half-written folder in place.</summary>
    private static void ReplaceImageFolder(string folder, string[] names, byte[][] pngs, IProgress<PreparationProgress>? progress)
    {
        string staging = folder + ".staging";
        string retired = folder + ".old";
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        for (int i = 0; i < names.Length; i++)
        {
            File.WriteAllBytes(Path.Combine(staging, names[i]), pngs[i]);
            if (i % 256 == 0 || i == names.Length - 1) progress?.Report(new PreparationProgress("write images", i + 1, names.Length));
        }
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        if (Directory.Exists(folder)) Directory.Move(folder, retired);
        Directory.Move(staging, folder);
        if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
    }

    /// <summary>A safe file name for a sample id; ids with other characters get a hash so two never collide.</summary>
    private static string ImageFileName(string sampleId)
    {
        string safe = new(sampleId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        return (safe == sampleId ? safe : $"{safe}_{StableHash.Of(sampleId):x8}") + ".png";
    }
}
