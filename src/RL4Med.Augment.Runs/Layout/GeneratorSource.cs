using RL4Med.Augment.Diffusion.Checkpoints;
using TorchSharp;

namespace RL4Med.Augment.Runs.Layout;

/// <summary>A trained generator of a run, however many files it takes (the DDPO one is the pretrained file plus adapters).</summary>
/// <param name="Name"><c>pretrained</c> or <c>ddpo</c>.</param>
/// <param name="IdentityFile">The file that distinguishes this generator from the others; its hash goes into provenance.</param>
/// <param name="Load">Loads it for sampling onto a device, in eval mode.</param>
public sealed record GeneratorSource(string Name, string IdentityFile, Func<torch.Device, TrainedGenerator> Load);
