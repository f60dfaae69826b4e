using RL4Med.Augment.TestSupport;
using System.Text.Json;

namespace RL4Med.Augment.Pipeline.Tests;

/// <summary><c>run</c> on the shipped smoke configuration: the whole chain holds together, and a rerun skips what is done.</summary>
[Collection(WorkingDirectory.Collection)]
public class RunCommandTests : TemporaryWorkingFolder
{
    public RunCommandTests() : base("rl4med-run-tests")
    {
        foreach (string file in new[] { "smoke.json", "smoke-test-ink.json" })
            File.Copy(RepositoryFiles.Path(Path.Combine("pipelines", file)), Path.Combine(Folder, "pipelines", file));
    }

    [Fact]
    public void RunsEveryStageIntoAReportThenSkipsThemAllOnARerun()
    {
        string run = Path.Combine(Folder, "runs", "smoke");
        var (code, output) = Run("run", "--config", "pipelines/smoke.json", "--device", "cpu", "--threads", "1");

        Assert.True(code == 0, output);
        string report = Path.Combine(run, "report", "report.html");
        Assert.EndsWith($"Report: {report}", output.TrimEnd().Replace("\n", ""));
        // Every stage left its outputs: both generators, both synthetic sets, four arms.
        Assert.True(File.Exists(Path.Combine(run, "generator", "ddpo", "lora_adapters.bin")));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(run, "generator", "ddpo", "ddpo_log.csv")).Length); // header + 2 epochs
        foreach (string generator in new[] { "pretrained", "ddpo" })
            Assert.True(File.Exists(Path.Combine(run, "augment", generator, "synthetic_manifest.csv")));
        using (var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "report", "report.json"))))
        {
            string text = json.RootElement.GetRawText();
            foreach (string arm in new[] { "real_only", "oversampling", "pretrained_augmented", "ddpo_augmented" })
                Assert.Contains($"\"{arm}\"", text);
        }
        // The external test set, new lesions half of them with ink, has its own report naming it.
        string external = Path.Combine(run, "external", "smoke-test-ink", "report", "report.md");
        Assert.Contains("external test set 'smoke-test-ink' (80 real images", File.ReadAllText(external));
        string html = File.ReadAllText(report);
        Assert.Contains("Per subgroup prompt", html);   // the generator evaluation
        Assert.Contains("FD (ResNet-18) ddpo", html);   // its distances on ImageNet ResNet-18 features
        Assert.Contains("<svg", html);                  // charts, the reward curve among them
        // The generator claim per prompt and pooled, with intervals, in the report and in evaluate-generator's own tables.
        foreach (string quantity in new[] { "APR", "alignment", "diagnosis accuracy" })
            Assert.Contains($"Generator claim: {quantity}, pretrained against DDPO", html);
        string evaluation = File.ReadAllText(Path.Combine(run, "evaluation", "generator_evaluation.md"));
        Assert.Contains("| diagnosis=mel, ink=1 ⚑ under-represented | 2 | ", evaluation);

        var before = File.GetLastWriteTimeUtc(Path.Combine(run, "generator", "ddpo", "lora_adapters.bin"));
        (code, output) = Run("run", "--config", "pipelines/smoke.json", "--device", "cpu", "--threads", "1");
        Assert.True(code == 0, output);
        foreach (string stage in new[] { "prepare-data", "reward", "pretrain", "ddpo", "evaluate-generator", "augment pretrained", "augment ddpo", "train-classifier" })
            Assert.Contains($"{stage}: complete with these settings", output);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(run, "generator", "ddpo", "lora_adapters.bin")));
    }
}
