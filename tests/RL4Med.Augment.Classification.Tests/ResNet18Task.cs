using Microsoft.ML;
using RL4Med.Augment.Classification.Estimators;
using RL4Med.Augment.TestSupport;

namespace RL4Med.Augment.Classification.Tests;

/// <summary>
/// Twelve image files of <see cref="DarkAndLightLesionImages"/> (six per class) and the <c>resnet18</c> kind fitted on
/// them once through <see cref="DiseaseClassifierFactory"/>, with a feature cache that starts empty.
/// </summary>
public sealed class ResNet18Task : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public ResNet18Task()
    {
        Ml = new MLContext(seed: 1);
        Images = Ml.Data.LoadFromEnumerable(DarkAndLightLesionImages.Write(folder.Path, seed: 1, perClass: 6));
        Model = Fit();
    }

    public MLContext Ml { get; }

    /// <summary>Image path + text label rows: the training images.</summary>
    public IDataView Images { get; }

    /// <summary>The first fit, which found the cache empty.</summary>
    public ITransformer Model { get; }

    public string Folder => folder.Path;

    public string FeatureCache => folder.File("features/resnet18.bin");

    /// <summary>Fits the <c>resnet18</c> kind on <see cref="Images"/> with <see cref="FeatureCache"/>.</summary>
    public ITransformer Fit() =>
        DiseaseClassifierFactory.Create(Ml, DiseaseClassifierKinds.ResNet18, new DiseaseClassifierOptions { ResNet18FeatureCache = FeatureCache }).Fit(Images);

    public void Dispose() => folder.Dispose();
}
