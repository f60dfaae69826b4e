namespace RL4Med.Augment.Runs.Configuration;

/// <summary>The report section: what <c>run</c> reports on besides the run's own test split.</summary>
public sealed class ReportConfig
{
    /// <summary>
    /// External test sets: data configurations (paths relative to the working folder, like <c>--config</c>), each prepared
    /// when needed and scored by every saved arm into its own report (<c>report --test-data</c> does one by hand).
    /// </summary>
    public List<string> TestSets { get; set; } = new();
}
