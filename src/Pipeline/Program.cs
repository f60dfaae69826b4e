using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Pipeline.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("dotnet run --project src/Pipeline --");
    config.PropagateExceptions();
    config.AddCommand<PrepareDataCommand>("prepare-data")
        .WithExample("prepare-data")
        .WithExample("prepare-data", "--config", "pipelines/ham10000.json", "--data-root", "../shared/data");
    config.AddCommand<DescribeDataCommand>("describe-data")
        .WithExample("describe-data", "--by", "diagnosis x skin_type");
    config.AddCommand<TrainGeneratorCommand>("train-generator")
        .WithExample("train-generator", "--stage", "pretrain", "--config", "pipelines/quick.json")
        .WithExample("train-generator", "--resume");
    config.AddCommand<TrainClassifierCommand>("train-classifier")
        .WithExample("train-classifier")
        .WithExample("train-classifier", "--arms", "real_only,oversampling");
    config.AddCommand<SampleCommand>("sample")
        .WithExample("sample", "--prompt", "a dermoscopic image of melanoma showing ink markings on type II skin", "-n", "16", "--guidance", "5", "--seed", "1", "--out", "grid.png");
});

try
{
    return app.Run(args);
}
catch (Exception e) when (e is InputDataException or CommandParseException or CommandRuntimeException or ArgumentException)
{
    // Bad input is one clear line and a non-zero exit code, never a stack trace.
    AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
    return 2;
}
