namespace RL4Med.Augment.Runs.Stages;

/// <summary>Where a running stage reports: a progress bar with a status line, and lines above it.</summary>
public interface IStageProgress
{
    /// <summary>Moves the bar to <paramref name="done"/> of <paramref name="total"/> and shows <paramref name="status"/>.</summary>
    void Update(double done, double total, string status);

    /// <summary>Writes <paramref name="line"/> above the bar.</summary>
    void Log(string line);
}
