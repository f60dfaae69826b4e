using RL4Med.Augment.Data.IO;

namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>Autoencoder files in the project's <see cref="HeaderedFile"/> layout: the header, the weights, then (training) AdamW's state.</summary>
internal static class AutoencoderFile
{
    private const string Magic = "RL4Med.Augment.Autoencoder";
    private const int FormatVersion = 1;

    public static void Write(string path, AutoencoderFileHeader header, Action<BinaryWriter> writeSections) =>
        HeaderedFile.Write(path, Magic, FormatVersion, header, writeSections);

    public static (AutoencoderFileHeader Header, BinaryReader Sections) Open(string path) =>
        HeaderedFile.Open<AutoencoderFileHeader>(path, Magic, FormatVersion);
}
