using RL4Med.Augment.Data.Configuration;

namespace RL4Med.Augment.Runs.Configuration;

/// <summary>
/// A whole run configuration (<c>pipelines/*.json</c>): the data part (<see cref="PipelineConfig"/>) plus one
/// section per later stage. Loaded with <see cref="Load"/>; an unknown field anywhere is an error.
/// </summary>
public sealed class RunConfiguration : PipelineConfig
{
    /// <summary>The text-conditioned diffusion generator: its shape and its pretraining.</summary>
    public GeneratorConfig Generator { get; set; } = new();

    /// <summary>Loads and validates <paramref name="path"/>; errors name the file and the option.</summary>
    public static RunConfiguration Load(string path)
    {
        var config = PipelineConfigLoader.Load<RunConfiguration>(path);
        config.Generator.Validate(config, path);
        return config;
    }
}
