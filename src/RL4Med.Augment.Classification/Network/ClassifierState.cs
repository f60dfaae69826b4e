using System.Text;
using RL4Med.Augment.Torch.Vision;

namespace RL4Med.Augment.Classification.Network;

/// <summary>
/// Everything scoring needs, as one value: the network shape, the class names in key order and the weights
/// (TorchSharp's <c>Module.save</c> format). Saved models carry it as text (see <see cref="Encode"/>).
/// </summary>
internal sealed class ClassifierState
{
    private const string Magic = "RL4Med.TorchImageClassifier";
    private const int FormatVersion = 1;

    public required int ImageSize { get; init; }
    public required int[] Widths { get; init; }
    public required int BlocksPerStage { get; init; }
    public required IReadOnlyList<string> ClassNames { get; init; }
    public required byte[] Weights { get; init; }

    /// <summary>A network of this shape holding these weights, in evaluation mode, on the CPU.</summary>
    public ImageClassifierNetwork CreateNetwork()
    {
        var network = new ImageClassifierNetwork(
            new ResidualCnnOptions { Widths = Widths, BlocksPerStage = BlocksPerStage, Dropout = 0 }, ClassNames.Count);
        using (var reader = new BinaryReader(new MemoryStream(Weights)))
            network.load(reader);
        network.eval();
        return network;
    }

    /// <summary>Base64 text of the state: ML.NET saves text columns losslessly inside the model zip.</summary>
    public string Encode()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(ImageSize);
            writer.Write(Widths.Length);
            foreach (int width in Widths) writer.Write(width);
            writer.Write(BlocksPerStage);
            writer.Write(ClassNames.Count);
            foreach (string name in ClassNames) writer.Write(name);
            writer.Write(Weights.Length);
            writer.Write(Weights);
        }
        return Convert.ToBase64String(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The state <see cref="Encode"/> wrote.</summary>
    public static ClassifierState Decode(ReadOnlySpan<char> text)
    {
        var bytes = new byte[text.Length * 3 / 4];
        if (!Convert.TryFromBase64Chars(text, bytes, out int length))
            throw new InvalidDataException("the classifier state is not base64 text; the model file is damaged");
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, length), Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException("the classifier state does not start with its marker; the model file is damaged");
        int version = reader.ReadInt32();
        if (version != FormatVersion)
            throw new InvalidDataException($"classifier state format {version} is not the supported format {FormatVersion}");
        int imageSize = reader.ReadInt32();
        var widths = new int[reader.ReadInt32()];
        for (int i = 0; i < widths.Length; i++) widths[i] = reader.ReadInt32();
        int blocks = reader.ReadInt32();
        var classNames = new string[reader.ReadInt32()];
        for (int i = 0; i < classNames.Length; i++) classNames[i] = reader.ReadString();
        byte[] weights = reader.ReadBytes(reader.ReadInt32());
        return new ClassifierState { ImageSize = imageSize, Widths = widths, BlocksPerStage = blocks, ClassNames = classNames, Weights = weights };
    }
}
