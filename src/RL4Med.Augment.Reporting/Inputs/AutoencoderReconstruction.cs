namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>The autoencoder of a latent generator as the report shows it: its reconstruction quality and a picture of it.</summary>
/// <param name="Quality">The autoencoder stage's measurements on validation images; null when it has not measured them yet.</param>
/// <param name="Image">Originals beside their reconstructions; null when there is none.</param>
public sealed record AutoencoderReconstruction(ReconstructionQuality? Quality, ImagePanel? Image)
{
    /// <summary>The agreement every head should reach, in <c>report.json</c> beside the measurements.</summary>
    public double AgreementTarget => ReconstructionQuality.AgreementTarget;
}
