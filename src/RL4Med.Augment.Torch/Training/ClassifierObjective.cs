using static TorchSharp.torch;

namespace RL4Med.Augment.Torch.Training;

/// <summary>
/// What a classifier plugs into <see cref="ClassifierTrainingLoop"/>: how a batch of training rows becomes inputs and
/// targets on the training device, and the loss of its heads on them. Every tensor it makes inside a step belongs to
/// that step's dispose scope.
/// </summary>
/// <param name="Inputs">The inputs of 0-based training rows, in that order: images [B, C, H, W] when the loop flips, else any shape.</param>
/// <param name="Targets">The targets of the same rows.</param>
/// <param name="Loss">The scalar loss of the model on (inputs, targets). Runs again on a retried step, so it must not change any weight.</param>
public sealed record ClassifierObjective(Func<int[], Tensor> Inputs, Func<int[], Tensor> Targets, Func<Tensor, Tensor, Tensor> Loss);
