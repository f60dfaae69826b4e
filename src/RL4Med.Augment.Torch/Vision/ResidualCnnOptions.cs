namespace RL4Med.Augment.Torch.Vision;

/// <summary>Shape of a <see cref="ResidualCnn"/>.</summary>
public sealed class ResidualCnnOptions
{
    /// <summary>Channels of each stage; every stage after the first halves the resolution.</summary>
    public int[] Widths { get; set; } = { 32, 64, 128 };

    /// <summary>Residual blocks per stage.</summary>
    public int BlocksPerStage { get; set; } = 2;

    /// <summary>Dropout before each block's second convolution.</summary>
    public double Dropout { get; set; } = 0.1;

    /// <summary>Input channels (3 for RGB).</summary>
    public int InputChannels { get; set; } = 3;
}
