using TorchSharp;

namespace RL4Med.Augment.Diffusion.Autoencoders;

/// <summary>A trained autoencoder file, loaded for encoding and decoding.</summary>
public static class TrainedAutoencoder
{
    /// <summary>
    /// Loads the weights of an autoencoder file (or of a training checkpoint) onto <paramref name="device"/> (the CPU
    /// when null), in eval mode.
    /// </summary>
    public static Autoencoder Load(string path, torch.Device? device = null)
    {
        var (header, sections) = AutoencoderFile.Open(path);
        using (sections)
        {
            var model = new Autoencoder(header.Model);
            model.load(sections);
            model.to(device ?? torch.CPU);
            model.eval();
            return model;
        }
    }

    /// <summary>Writes the weights of <paramref name="model"/> as an autoencoder file, atomically.</summary>
    internal static void Save(string path, Autoencoder model, int trainedSteps) =>
        AutoencoderFile.Write(path, new AutoencoderFileHeader { Kind = AutoencoderFileKind.Weights, Step = trainedSteps, Model = model.Options },
            writer => model.save(writer));
}
