using RL4Med.Augment.Runs.Stages;

namespace RL4Med.Augment.Runs.Tests;

/// <summary>A stage progress that shows nothing, for stages run whole in tests.</summary>
internal sealed class SilentProgress : IStageProgress
{
    public void Update(double done, double total, string status)
    {
    }

    public void Log(string line)
    {
    }
}
