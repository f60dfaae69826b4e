namespace RL4Med.Augment.Runs.Stages;

/// <summary>How the stages of one command run.</summary>
public sealed record StageOptions
{
    /// <summary><c>auto</c>, <c>cpu</c> or <c>cuda</c>.</summary>
    public string Device { get; init; } = "auto";

    /// <summary>Continue a training stage from its checkpoint (a full run always does).</summary>
    public bool Resume { get; init; } = true;

    /// <summary>Discard a stage's outputs and make them again, even when complete.</summary>
    public bool Restart { get; init; }

    /// <summary>Where relative data paths of the configuration start (<c>--data-root</c>).</summary>
    public string DataRoot { get; init; } = ".";

    /// <summary>The folder relative run folders start from.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();
}
