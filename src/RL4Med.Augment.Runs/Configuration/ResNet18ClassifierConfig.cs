using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Runs.Configuration;

/// <summary>
/// The <c>resnet18</c> classifier kind: ML.NET's L-BFGS maximum entropy on the 512 ImageNet ResNet-18 features of each
/// image. The network itself is fixed (nothing of it is trained), so these are the only settings; its features are
/// cached in the run folder (<c>features/resnet18.bin</c>), which the run owns.
/// </summary>
public sealed class ResNet18ClassifierConfig
{
    /// <summary>
    /// L2 penalty on the maximum-entropy weights: higher values keep the 512 weights per class small, so a few
    /// images (a rare subgroup, or many copies of one image in the oversampling arm) cannot dominate them.
    /// </summary>
    public float L2Regularization { get; set; } = 1f;

    /// <summary>Most L-BFGS iterations: a budget, not a target; L-BFGS stops sooner when the loss has converged.</summary>
    public int Iterations { get; set; } = 200;

    /// <summary>
    /// <c>inverseFrequency</c> (default, as the <c>cnn</c> kind) weighs each class equally in the loss; <c>none</c> lets
    /// the common class dominate: higher accuracy, lower balanced accuracy and melanoma recall.
    /// </summary>
    public ClassWeighting ClassWeighting { get; set; } = ClassWeighting.InverseFrequency;
}
