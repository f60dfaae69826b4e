namespace RL4Med.Augment.Classification.Training;

/// <summary>How the training loss weights each class.</summary>
public enum ClassWeighting
{
    /// <summary>Every class weighs 1: the loss follows the class frequencies.</summary>
    None,

    /// <summary>
    /// Class c weighs n / (K * n_c) (n images, K classes, n_c images of class c), so every class contributes equally
    /// to the loss; a class without training images weighs 0.
    /// </summary>
    InverseFrequency,
}
