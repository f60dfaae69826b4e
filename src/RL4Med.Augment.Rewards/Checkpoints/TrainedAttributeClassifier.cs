using System.Text.Json;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.IO;
using RL4Med.Augment.Rewards.Heads;
using RL4Med.Augment.Rewards.Model;
using RL4Med.Augment.Rewards.Training;
using TorchSharp;

namespace RL4Med.Augment.Rewards.Checkpoints;

/// <summary>
/// An attribute classifier with the options it was trained with and its validation scores. On disk a folder holds
/// <c>classifier.bin</c> (the TorchSharp state dict) and <c>classifier.json</c> (heads, options, scores); both are
/// written atomically and the JSON last, so a folder with the JSON is complete.
/// </summary>
public sealed class TrainedAttributeClassifier : IDisposable
{
    /// <summary>File name of the weights.</summary>
    public const string WeightsFileName = "classifier.bin";

    /// <summary>File name of the JSON sidecar.</summary>
    public const string SidecarFileName = "classifier.json";

    /// <summary>Wraps a classifier; takes ownership of <paramref name="model"/>.</summary>
    public TrainedAttributeClassifier(AttributeClassifier model, AttributeClassifierOptions options, int trainImages, TimeSpan trainingTime, IReadOnlyList<HeadScore> validation)
    {
        Model = model;
        Options = options;
        TrainImages = trainImages;
        TrainingTime = trainingTime;
        Validation = validation;
    }

    /// <summary>The classifier.</summary>
    public AttributeClassifier Model { get; }

    /// <summary>The options it was built and trained with.</summary>
    public AttributeClassifierOptions Options { get; }

    /// <summary>Number of images it was trained on.</summary>
    public int TrainImages { get; }

    /// <summary>Wall-clock training time.</summary>
    public TimeSpan TrainingTime { get; }

    /// <summary>Accuracy per head on the validation images (empty when trained without them).</summary>
    public IReadOnlyList<HeadScore> Validation { get; }

    /// <summary>Whether <paramref name="folder"/> holds a completely written classifier.</summary>
    public static bool IsComplete(string folder) =>
        File.Exists(Path.Combine(folder, SidecarFileName)) && File.Exists(Path.Combine(folder, WeightsFileName));

    /// <summary>Writes the weights, then the sidecar, into <paramref name="folder"/> (created if needed).</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        string sidecar = Path.Combine(folder, SidecarFileName);
        // An old sidecar must not vouch for new weights if writing stops between the two files.
        File.Delete(sidecar);
        AtomicFile.Write(Path.Combine(folder, WeightsFileName), stream =>
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            Model.save(writer);
        });
        var description = new ClassifierSidecar(ClassifierSidecar.CurrentFormat, Model.Heads.ToList(), Options, TrainImages,
            TrainingTime.TotalSeconds, Validation);
        AtomicFile.WriteAllText(sidecar, JsonSerializer.Serialize(description, JsonFormats.Readable));
    }

    /// <summary>Loads the classifier in <paramref name="folder"/> onto <paramref name="device"/> (the CPU when null), in eval mode.</summary>
    public static TrainedAttributeClassifier Load(string folder, torch.Device? device = null)
    {
        string sidecarPath = Path.Combine(folder, SidecarFileName);
        if (!IsComplete(folder)) throw new FileNotFoundException($"{folder} holds no complete attribute classifier ({WeightsFileName} + {SidecarFileName})", sidecarPath);
        var sidecar = JsonSerializer.Deserialize<ClassifierSidecar>(File.ReadAllText(sidecarPath), JsonFormats.Readable)
            ?? throw new InvalidDataException($"{sidecarPath} is empty");
        if (sidecar.FormatVersion != ClassifierSidecar.CurrentFormat)
            throw new InvalidDataException($"{sidecarPath} has format {sidecar.FormatVersion}; this build reads format {ClassifierSidecar.CurrentFormat}");
        var model = AttributeClassifier.Create(new AttributeHeads(sidecar.Heads), sidecar.Options);
        model.load(Path.Combine(folder, WeightsFileName));
        model.to(device ?? torch.CPU);
        model.eval();
        return new TrainedAttributeClassifier(model, sidecar.Options, sidecar.TrainImages, TimeSpan.FromSeconds(sidecar.TrainingSeconds), sidecar.Validation);
    }

    /// <inheritdoc />
    public void Dispose() => Model.Dispose();
}
