using TorchSharp;
using RL4Med.Augment.Ddpo.Lora;
using RL4Med.Augment.Diffusion.Checkpoints;

namespace RL4Med.Augment.Ddpo;

/// <summary>Loads the generator a DDPO run produced, for sampling.</summary>
public static class TunedGenerator
{
    /// <summary>File name of the exported LoRA adapters in a DDPO output folder (LoRA runs).</summary>
    public const string LoraFileName = "lora_adapters.bin";

    /// <summary>File name of the exported whole generator in a DDPO output folder (full fine-tuning runs).</summary>
    public const string GeneratorFileName = "generator.bin";

    /// <summary>
    /// The tuned generator of the DDPO run in <paramref name="ddpoDirectory"/>: the pretrained generator at
    /// <paramref name="pretrainedGeneratorPath"/> with the run's LoRA adapters attached, or the run's whole generator
    /// after full fine-tuning. On <paramref name="device"/> (the CPU when null), in eval mode.
    /// </summary>
    public static TrainedGenerator Load(string pretrainedGeneratorPath, string ddpoDirectory, torch.Device? device = null)
    {
        var loraPath = Path.Combine(ddpoDirectory, LoraFileName);
        var generatorPath = Path.Combine(ddpoDirectory, GeneratorFileName);
        if (File.Exists(loraPath))
        {
            var generator = TrainedGenerator.Load(pretrainedGeneratorPath, device);
            try
            {
                LoraAdapters.Load(loraPath, generator.Model);
                return generator;
            }
            catch
            {
                generator.Dispose();
                throw;
            }
        }
        if (File.Exists(generatorPath))
            return TrainedGenerator.Load(generatorPath, device);
        throw new FileNotFoundException($"{ddpoDirectory} holds neither {LoraFileName} nor {GeneratorFileName}; has the DDPO run finished?");
    }
}
