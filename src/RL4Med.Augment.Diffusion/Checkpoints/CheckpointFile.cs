using RL4Med.Augment.Data.IO;

namespace RL4Med.Augment.Diffusion.Checkpoints;

/// <summary>
/// Generator files in the project's <see cref="HeaderedFile"/> layout: the <see cref="CheckpointHeader"/>, then
/// TorchSharp binary sections (state dicts, optimizer state) in the order the kind prescribes, after the autoencoder's
/// weights when the generator works in a latent space.
/// </summary>
internal static class CheckpointFile
{
    private const string Magic = "RL4Med.Augment.Diffusion";
    private const int FormatVersion = 1;

    /// <summary>Writes <paramref name="header"/> and the sections to <paramref name="path"/>, completely or not at all.</summary>
    public static void WriteAtomically(string path, CheckpointHeader header, Action<BinaryWriter> writeSections) =>
        HeaderedFile.Write(path, Magic, FormatVersion, header, writeSections);

    /// <summary>Opens <paramref name="path"/> and reads its header; the reader is left at the first section.</summary>
    public static (CheckpointHeader Header, BinaryReader Sections) Open(string path) =>
        HeaderedFile.Open<CheckpointHeader>(path, Magic, FormatVersion);
}
