namespace RL4Med.Augment.Torch.Training;

/// <summary>How a <see cref="ClassifierTrainingLoop"/> run ended.</summary>
/// <param name="Epochs">Epochs run: fewer than planned when the end-of-epoch callback stopped training.</param>
/// <param name="NonFiniteRetries">Steps retried because their loss was NaN or infinite.</param>
public sealed record ClassifierLoopResult(int Epochs, int NonFiniteRetries);
