using System.ComponentModel;
using RL4Med.Augment.Runs.Configuration;
using RL4Med.Augment.Runs.Layout;
using RL4Med.Augment.Runs.Stages;
using Spectre.Console.Cli;

namespace RL4Med.Augment.Pipeline.Commands;

/// <summary>Options every stage command shares: which run configuration, and where real data lives.</summary>
public class RunSettings : CommandSettings
{
    [CommandOption("-c|--config <FILE>")]
    [Description("Run configuration (JSON). Default: pipelines/quick.json, the built-in demo data.")]
    [DefaultValue("pipelines/quick.json")]
    public string Config { get; init; } = "pipelines/quick.json";

    [CommandOption("--data-root <DIR>")]
    [Description("Folder that the configuration's data files are relative to, e.g. ../shared/data for HAM10000. Default: the current folder.")]
    [DefaultValue(".")]
    public string DataRoot { get; init; } = ".";

    /// <summary>How the stages of this command run: where data paths start (torch commands add the device).</summary>
    public virtual StageOptions StageOptions() => new() { DataRoot = DataRoot, WorkingDirectory = WorkingDirectory };

    /// <summary>The loaded, validated configuration.</summary>
    public RunConfig LoadConfig() => RunConfig.Load(Config);

    /// <summary>The loaded configuration with <c>--seeds</c>, when given, as its number of classifier seeds.</summary>
    public RunConfig LoadConfig(int? seeds)
    {
        if (seeds is < 1) throw new ArgumentException($"--seeds {seeds}: the classifier arms need at least 1 seed");
        var config = LoadConfig();
        if (seeds is int count) config.Seeds = count;
        return config;
    }

    /// <summary>The folders of the configured run.</summary>
    public static RunLayout LayoutOf(RunConfig config) => new(config.ResolveRunFolder(WorkingDirectory));

    /// <summary>Where relative paths of the configuration start: the current folder.</summary>
    public static string WorkingDirectory => Directory.GetCurrentDirectory();
}
