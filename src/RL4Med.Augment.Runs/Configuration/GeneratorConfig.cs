using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Diffusion.Models;
using RL4Med.Augment.Diffusion.Sampling;
using RL4Med.Augment.Diffusion.Training;

namespace RL4Med.Augment.Runs.Configuration;

/// <summary>The generator section of a run configuration.</summary>
public sealed class GeneratorConfig
{
    /// <summary>
    /// U-Net and text encoder shape. On pixels <c>imageSize</c> must equal <c>images.size</c>; in a latent space
    /// (<see cref="Autoencoder"/>) it is the latent side, <c>images.size</c> / the autoencoder's downsampling factor, and
    /// <c>imageChannels</c> its latent channels.
    /// </summary>
    public GeneratorModelOptions Model { get; set; } = new();

    /// <summary>The autoencoder of latent generation, or null (absent) to generate on pixels.</summary>
    public AutoencoderConfig? Autoencoder { get; set; }

    /// <summary>Pretraining (stage <c>pretrain</c>): steps, batch size, learning rate, EMA, checkpoints, grids.
    /// The output folder and device are set by the run.</summary>
    public GeneratorTrainingOptions Pretrain { get; set; } = new();

    /// <summary>
    /// Times each training image of an under-represented subgroup appears per pretraining epoch (1 = once, like every
    /// other image). A generator that has seen an attribute a few dozen times may never draw it, and DDPO can only
    /// reinforce what the generator sometimes draws; repeating the rare images lets it learn them first.
    /// </summary>
    public int RareImageRepeats { get; set; } = 1;

    /// <summary>Default sampler settings of the <c>sample</c> command and of grids outside training.</summary>
    public SamplingOptions Sampling { get; set; } = new() { Steps = 50, Eta = 1.0, GuidanceScale = 5.0 };

    /// <summary>Checks the section against the data part; throws naming the option.</summary>
    public void Validate(DataConfig data, string source)
    {
        void Check(string option, Action validate)
        {
            try
            {
                validate();
            }
            catch (ArgumentException e)
            {
                throw new InputDataException($"option '{option}': {e.Message}", source);
            }
        }

        if (Autoencoder is { } autoencoder)
            ValidateLatent(autoencoder, data.Images.Size, source, Check);
        else if (Model.ImageSize != data.Images.Size)
            throw new InputDataException(
                $"option 'generator.model.imageSize': {Model.ImageSize} differs from images.size {data.Images.Size}", source);
        if (RareImageRepeats < 1)
            throw new InputDataException($"option 'generator.rareImageRepeats': {RareImageRepeats} must be at least 1", source);
        Check("generator.model", Model.Validate);
        Check("generator.pretrain", Pretrain.Validate);
    }

    private void ValidateLatent(AutoencoderConfig autoencoder, int imageSize, string source, Action<string, Action> check)
    {
        check("generator.autoencoder.model", autoencoder.Model.Validate);
        check("generator.autoencoder.training", autoencoder.Training.Validate);
        int factor = autoencoder.Model.DownsamplingFactor, crop = autoencoder.Training.CropSize;
        if (imageSize % factor != 0)
            throw new InputDataException(
                $"option 'generator.autoencoder.model.channels': {autoencoder.Model.Channels.Length} levels downsample by {factor}, which does not divide images.size {imageSize}", source);
        if (crop > imageSize || crop % factor != 0)
            throw new InputDataException(
                $"option 'generator.autoencoder.training.cropSize': {crop} must be at most images.size {imageSize} and divisible by the downsampling factor {factor}", source);
        if (autoencoder.ReconstructionImages < 0)
            throw new InputDataException($"option 'generator.autoencoder.reconstructionImages': {autoencoder.ReconstructionImages} must not be negative", source);
        if (Model.ImageSize != imageSize / factor)
            throw new InputDataException(
                $"option 'generator.model.imageSize': {Model.ImageSize} must be the latent side, images.size {imageSize} / downsampling factor {factor} = {imageSize / factor}", source);
        if (Model.ImageChannels != autoencoder.Model.LatentChannels)
            throw new InputDataException(
                $"option 'generator.model.imageChannels': {Model.ImageChannels} must equal generator.autoencoder.model.latentChannels {autoencoder.Model.LatentChannels}", source);
    }
}
