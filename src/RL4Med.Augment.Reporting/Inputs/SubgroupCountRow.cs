namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>Image counts of one subgroup: real images per split and the synthetic training images each generator added.</summary>
/// <param name="Subgroup">The subgroup key, as in the predictions files, e.g. <c>diagnosis=mel, hair=1, ink=0</c>.</param>
/// <param name="RealTrain">Real training images.</param>
/// <param name="RealValidation">Real validation images.</param>
/// <param name="RealTest">Real test images.</param>
/// <param name="SyntheticTrain">Synthetic training images by source (an arm or a generator, e.g. <c>pretrained</c>, <c>ddpo</c>); empty when none.</param>
/// <param name="UnderRepresented">Whether the subgroup was judged under-represented and so received synthetic images.</param>
public sealed record SubgroupCountRow(
    string Subgroup,
    int RealTrain,
    int RealValidation,
    int RealTest,
    IReadOnlyDictionary<string, int> SyntheticTrain,
    bool UnderRepresented);
