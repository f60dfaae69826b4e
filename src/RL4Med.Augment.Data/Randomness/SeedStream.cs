namespace RL4Med.Augment.Data.Randomness;

/// <summary>
/// Every independent stream of random draws in the project, the first part of each <see cref="DerivedSeed"/> path
/// after the run seed. Listed here in one place so that no two uses can share draws by accident; the parts that
/// follow are given with each stream.
/// </summary>
public enum SeedStream
{
    /// <summary>Lesion order within a diagnosis when splitting into train, validation and test; then the diagnosis name.</summary>
    DataSplit = 1,

    /// <summary>Lesion order within a diagnosis when halving the training lesions for the reward model and the evaluator; then the diagnosis name.</summary>
    RewardLesionHalves = 2,

    /// <summary>Which real images the oversampling arm repeats; then the subgroup key.</summary>
    Oversampling = 3,

    /// <summary>Which test images a report panel shows; then the sample id.</summary>
    ReportExamples = 4,

    /// <summary>A synthetic image's starting and step noise; then the subgroup key and the image's ordinal in it.</summary>
    AugmentNoise = 5,

    /// <summary>Which real row lends a synthetic image the prompt values its subgroup does not fix; then key and ordinal.</summary>
    AugmentDonor = 6,

    /// <summary>The evaluation samples of a generator; then the prompt's index.</summary>
    EvaluationSampling = 7,

    /// <summary>Pretraining's data order; then the epoch.</summary>
    PretrainDataOrder = 8,

    /// <summary>Pretraining's flips and prompt dropout; then the step.</summary>
    PretrainAugmentation = 9,

    /// <summary>Pretraining's diffusion noise and timesteps; then the step.</summary>
    PretrainNoise = 10,

    /// <summary>Pretraining's dropout masks; then the step.</summary>
    PretrainDropout = 11,

    /// <summary>DDPO's LoRA initial weights.</summary>
    DdpoLoraInitialisation = 12,

    /// <summary>DDPO's prompts of an epoch; then the epoch.</summary>
    DdpoPromptDraw = 13,

    /// <summary>DDPO's sampling noise; then the epoch and the batch.</summary>
    DdpoSamplingNoise = 14,

    /// <summary>DDPO's order of samples and timesteps in the policy update; then the epoch and the pass.</summary>
    DdpoTrainingOrder = 15,

    /// <summary>The fixed noise of DDPO's progress grids.</summary>
    DdpoSampleGrid = 16,

    /// <summary>One part of a demo image (shape, skin, view, each artifact); then the lesion seed, the view seed and the part.</summary>
    DemoRender = 17,

    /// <summary>Classifier seed k of a run repeated over several seeds (k from 1; seed 0 is the run seed itself); then k.</summary>
    ClassifierRepeat = 18,

    /// <summary>The bootstrap over generated samples of the generator evaluation's intervals (APR, alignment, diagnosis accuracy), per prompt and pooled.</summary>
    EvaluationBootstrap = 19,

    /// <summary>The autoencoder's training crops, their flips and image choice; then the step.</summary>
    AutoencoderCrops = 20,

    /// <summary>The autoencoder's latent sampling noise (reparameterisation); then the step.</summary>
    AutoencoderNoise = 21,
}
