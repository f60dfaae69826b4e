namespace RL4Med.Augment.Runs.Stages;

/// <summary>Pieces of the status lines stages show.</summary>
public static class StageStatus
{
    /// <summary>"  non-finite steps retried N" once a training loop retried a step; empty before.</summary>
    public static string Retries(int retries) => retries > 0 ? $"  non-finite steps retried {retries}" : "";
}
