using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.PretrainedFeatures;

public sealed partial class ResNet18MaxEntTrainer
{
    /// <summary>Columns, feature cache and regularisation of a <see cref="ResNet18MaxEntTrainer"/>.</summary>
    public sealed class Options
    {
        /// <summary>Text column with the image file paths, absolute or relative to <see cref="ImageFolder"/>.</summary>
        public string ImageColumnName { get; set; } = "ImagePath";

        /// <summary>Label column: a key column with text key values (the class names), e.g. from <c>MapValueToKey</c>.</summary>
        public string LabelColumnName { get; set; } = "Label";

        /// <summary>Folder relative image paths start from (in training and in the saved model); <c>null</c> when they are absolute.</summary>
        public string? ImageFolder { get; set; }

        /// <summary>
        /// Feature cache file (<c>ImageFeatureCache</c>): training reads the features of images it has seen before, by
        /// content, instead of running ResNet-18 again, and adds the new ones. <c>null</c> computes every image. Only
        /// training uses it: the fitted model runs ResNet-18 itself, so it scores without the file.
        /// </summary>
        public string? FeatureCachePath { get; set; }

        /// <summary>L2 penalty on the weights of the maximum-entropy layer (ML.NET's <c>L2Regularization</c>).</summary>
        public float L2Regularization { get; set; } = 1f;

        /// <summary>Most L-BFGS iterations (ML.NET's <c>MaximumNumberOfIterations</c>).</summary>
        public int MaximumNumberOfIterations { get; set; } = 200;

        /// <summary>
        /// How each training image weighs in the loss (ML.NET's example weights): by default inverse class frequency, as
        /// the <c>cnn</c> kind, so a rare class is not traded for accuracy on the common one.
        /// </summary>
        public ClassWeighting ClassWeighting { get; set; } = ClassWeighting.InverseFrequency;

        /// <summary>Throws an <see cref="ArgumentException"/> naming the first option out of range.</summary>
        public void Validate()
        {
            void Require(bool condition, string option, string rule)
            {
                if (!condition) throw new ArgumentException($"resnet18 classifier option '{option}' {rule}");
            }
            Require(!string.IsNullOrEmpty(ImageColumnName), nameof(ImageColumnName), "must name a column");
            Require(!string.IsNullOrEmpty(LabelColumnName), nameof(LabelColumnName), "must name a column");
            Require(FeatureCachePath is null || FeatureCachePath.Length > 0, nameof(FeatureCachePath), "must be a file path or null");
            Require(L2Regularization >= 0, nameof(L2Regularization), "must not be negative");
            Require(MaximumNumberOfIterations > 0, nameof(MaximumNumberOfIterations), "must be positive");
        }
    }
}
