namespace RL4Med.Augment.Classification.Training;

/// <summary>How the training loss weights each class.</summary>
public enum ClassWeighting
{
    /// <summary>Every class weighs 1: the loss follows the class frequencies.</summary>
    None,

    /// <summary>
    /// Class c weighs n / (k * n_c) (n images, k classes present, n_c images of class c), so every class contributes
    /// equally to the loss; see <see cref="RL4Med.Augment.Torch.Training.ClassWeights.InverseFrequency"/>.
    /// </summary>
    InverseFrequency,
}
