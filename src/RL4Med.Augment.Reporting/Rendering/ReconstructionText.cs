using RL4Med.Augment.Reporting.Inputs;
using static RL4Med.Augment.Reporting.NumberFormat;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>Sentences the autoencoder reconstruction section prints in both formats.</summary>
internal static class ReconstructionText
{
    public const string Title = "Autoencoder reconstruction";

    /// <summary>What the autoencoder stage measured, or that it has not.</summary>
    public static string Summary(AutoencoderReconstruction reconstruction) => reconstruction.Quality switch
    {
        null => "The autoencoder stage has not measured its reconstructions yet.",
        { RewardAgreement: null } quality => Measured(quality) +
            " The reward model's agreement is measured when stage reward has run before the autoencoder stage (as run orders them).",
        var quality => Measured(quality),
    };

    private static string Measured(ReconstructionQuality quality) =>
        $"{Count(quality.Images)} validation images, each against its reconstruction: mean PSNR {Decibels(quality.Psnr)}, mean SSIM {Value(quality.Ssim)}.";
}
