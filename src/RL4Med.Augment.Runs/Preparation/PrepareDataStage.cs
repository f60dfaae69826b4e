using RL4Med.Augment.Data.Images;
using RL4Med.Augment.Runs.Stages;
using RL4Med.Augment.Data.Preparation;
using RL4Med.Augment.Data.Splits;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Runs.Layout;

namespace RL4Med.Augment.Runs.Preparation;

/// <summary>
/// Stage <c>prepare-data</c>: imports (or renders the demo) images, checks them, splits by lesion and writes the
/// manifest and subgroup counts (see <see cref="DatasetPreparer"/>), then its done marker.
/// </summary>
public sealed class PrepareDataStage(DataConfig config, RunLayout layout, string workingDirectory, string dataRoot) : IRunStage
{
    /// <inheritdoc />
    public string Name => "prepare-data";

    /// <inheritdoc />
    public IReadOnlyList<string> Inputs => [Path.GetFullPath(dataRoot, workingDirectory)];

    /// <inheritdoc />
    public bool StopsAtCheckpoint => false;

    private string DataFolder => Path.GetDirectoryName(layout.Manifest)!;

    private object Settings => new
    {
        config.Seed, config.Dataset, config.Images, config.Split, config.Subgroups,
        DataRoot = Path.GetFullPath(dataRoot, workingDirectory),
        Preprocessing = SquareImagePreprocessor.Version,
        Splitter = GroupedStratifiedSplitter.Version,
    };

    /// <summary>Whether the manifest of these settings is on disk.</summary>
    public bool IsComplete => File.Exists(layout.Manifest) && StageMarker.Matches(DataFolder, Settings);

    /// <summary>Prepares the data; returns what was written.</summary>
    public PreparedDataset Run(IProgress<PreparationProgress>? progress = null)
    {
        StageMarker.Clear(DataFolder);
        var prepared = new DatasetPreparer(config, workingDirectory, dataRoot).Prepare(progress);
        StageMarker.Write(DataFolder, Settings);
        return prepared;
    }

    /// <inheritdoc />
    public StageOutcome Run(IStageProgress progress, CancellationToken cancellation)
    {
        var done = new Dictionary<string, (int Done, int Total)>();
        return StageOutcome.Finished(Run(new SynchronousProgress<PreparationProgress>(p =>
        {
            lock (done)
            {
                done[p.Stage] = (Math.Max(p.Done, done.GetValueOrDefault(p.Stage).Done), p.Total);
                progress.Update(done.Values.Sum(d => d.Done), done.Values.Sum(d => d.Total), $"prepare-data  {p.Stage} {p.Done}/{p.Total}");
            }
        })));
    }
}
