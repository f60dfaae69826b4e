namespace RL4Med.Augment.Pipeline.Tests;

/// <summary>The command line as a user meets it: exit codes and the one-line errors.</summary>
[Collection(WorkingDirectory.Collection)]
public class CommandLineTests() : TemporaryWorkingFolder("rl4med-cli-tests")
{
    private void WriteConfig(string name, string json) => File.WriteAllText(Path.Combine(Folder, "pipelines", name), json);

    private const string TinyDemo = """
        {
          "name": "tiny", "seed": 3,
          "dataset": {
            "source": "demo", "demo": { "images": 60, "renderSize": 32, "folder": "demo" },
            "diagnoses": { "mel": "melanoma", "nv": "nevus", "bkl": "benign keratosis" },
            "attributes": [ { "name": "hair", "kind": "binary" }, { "name": "ink", "kind": "binary" } ]
          },
          "images": { "size": 16 },
          "subgroups": { "by": "diagnosis x ink", "minTrainImages": 5 },
          "generator": { "model": { "imageSize": 16, "channels": [8, 16], "crossAttentionLevels": [1], "selfAttentionLevels": [1], "normGroups": 4, "attentionHeads": 2, "textWidth": 16 } }
        }
        """;

    [Fact]
    public void PrepareDataWritesTheManifestAndPrintsTheSubgroupTable()
    {
        WriteConfig("tiny.json", TinyDemo);
        var (code, output) = Run("prepare-data", "--config", "pipelines/tiny.json");
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(Folder, "runs", "tiny", "data", "manifest.csv")));
        Assert.Contains("Subgroups by diagnosis x ink", output);
        Assert.Contains("diagnosis=mel, ink=1", output);
    }

    [Fact]
    public void MissingConfigurationIsOneLineAndExitCodeTwo()
    {
        var (code, output) = Run("prepare-data", "--config", "pipelines/none.json");
        Assert.Equal(PipelineApp.BadInput, code);
        Assert.Equal("error: pipelines/none.json: configuration file not found", output.Trim());
    }

    [Fact]
    public void BadOptionInTheConfigurationNamesIt()
    {
        WriteConfig("bad.json", TinyDemo.Replace("\"size\": 16", "\"size\": 8"));
        var (code, output) = Run("prepare-data", "--config", "pipelines/bad.json");
        Assert.Equal(PipelineApp.BadInput, code);
        Assert.Contains("option 'images.size': 8 is outside 16..512", output);
        Assert.False(Directory.Exists(Path.Combine(Folder, "runs")));
    }

    [Fact]
    public void DescribeBeforePrepareSaysWhatToRun()
    {
        WriteConfig("tiny.json", TinyDemo);
        var (code, output) = Run("describe-data", "--config", "pipelines/tiny.json");
        Assert.Equal(PipelineApp.BadInput, code);
        Assert.Contains("no manifest yet: run prepare-data --config pipelines/tiny.json first", output);
    }

    [Theory]
    [InlineData("train-generator", "--stage", "reward")]
    [InlineData("train-generator", "--stage", "pretrain")]
    [InlineData("augment", "--generator", "pretrained")]
    [InlineData("train-classifier", "--arms", "real_only")]
    public void A_stage_run_before_prepare_data_is_one_line_naming_the_missing_manifest_and_the_command_with_exit_code_two(params string[] command)
    {
        WriteConfig("tiny.json", TinyDemo);

        var (code, output) = Run([.. command, "--config", "pipelines/tiny.json", "--device", "cpu", "--threads", "1"]);

        Assert.Equal(PipelineApp.BadInput, code);
        string manifest = Path.Combine(Folder, "runs", "tiny", "data", "manifest.csv");
        Assert.Equal($"error: {manifest}: no manifest yet: run prepare-data first", output.Trim());
        Assert.False(Directory.Exists(Path.Combine(Folder, "runs", "tiny", "generator")));
    }

    [Fact]
    public void UnknownPromptWordIsRefusedWithTheKnownWords()
    {
        WriteConfig("tiny.json", TinyDemo);
        Assert.Equal(0, Run("prepare-data", "--config", "pipelines/tiny.json").Code);
        // A generator trained for two steps is enough to own a vocabulary.
        WriteConfig("tiny.json", TinyDemo.Replace("\"textWidth\": 16 }", "\"textWidth\": 16 }, \"pretrain\": { \"steps\": 2, \"batchSize\": 4, \"warmupSteps\": 1, \"checkpointEvery\": 0, \"sampleGridEvery\": 0 }"));
        Assert.Equal(0, Run("train-generator", "--stage", "pretrain", "--config", "pipelines/tiny.json", "--device", "cpu", "--threads", "1").Code);

        var (code, output) = Run("sample", "--config", "pipelines/tiny.json", "--prompt", "a dermoscopic image of melanoma showing tattoos", "--device", "cpu");
        Assert.Equal(PipelineApp.BadInput, code);
        Assert.Contains("option '--prompt'", output);
        Assert.Contains("tattoos", output);
        Assert.Contains("melanoma", output);
    }

    [Fact]
    public void InvalidDeviceIsRefusedBeforeAnyWork()
    {
        var (code, output) = Run("train-generator", "--device", "tpu");
        Assert.Equal(PipelineApp.BadInput, code);
        Assert.Contains("--device 'tpu' is not one of auto, cpu, cuda", output);
    }

    [Fact]
    public void A_forced_NaN_is_one_line_with_exit_code_three_and_leaves_the_checkpoint_bytes_unchanged()
    {
        // Learning rate 1e30: step 1 is finite and checkpointed, then the weights overflow and every try of step 2 is NaN.
        WriteConfig("tiny.json", TinyDemo.Replace("\"textWidth\": 16 }", "\"textWidth\": 16 }, \"pretrain\": { \"steps\": 3, \"batchSize\": 4, \"learningRate\": 1e30, \"warmupSteps\": 1, \"checkpointEvery\": 1, \"sampleGridEvery\": 0 }"));
        Assert.Equal(0, Run("prepare-data", "--config", "pipelines/tiny.json").Code);
        var checkpoint = Path.Combine(Folder, "runs", "tiny", "generator", "pretrain", "checkpoint.bin");
        string[] pretrain = { "train-generator", "--stage", "pretrain", "--config", "pipelines/tiny.json", "--device", "cpu", "--threads", "1" };
        Assert.Equal(PipelineApp.NumericFault, Run(pretrain).Code);
        var atStepOne = File.ReadAllBytes(checkpoint);

        // The same command again resumes from step 1 and meets the same fault.
        var (code, output) = Run(pretrain.Append("--resume").ToArray());

        Assert.Equal(PipelineApp.NumericFault, code);
        var error = output.Split('\n').Single(line => line.StartsWith("error:"));
        Assert.Matches(@"^error: generator pretraining stopped at step 2: the (loss|gradient norm) was (NaN|-?∞|-?Infinity) in 4 tries of the same batch", error);
        Assert.Contains($"the last checkpoint, {checkpoint}, is intact", error);
        Assert.Contains("Run 'doctor'", error);
        Assert.DoesNotContain("   at ", output); // no stack trace
        Assert.Equal(atStepOne, File.ReadAllBytes(checkpoint));
    }

    [Fact]
    public void Doctor_prints_the_machine_and_passes_its_numeric_self_check()
    {
        var (code, output) = Run("doctor", "--passes", "2");

        Assert.Equal(0, code);
        foreach (var field in new[] { "OS", "CPU", "vector extensions", "torch threads", "oneDNN ISA", "GLIBCXX load fix" })
            Assert.Contains(field, output);
        foreach (var check in new[] { "convolution 32→3", "GroupNorm", "attention", "linear 64→48", "torch's nn.Conv2d 8→8" })
            Assert.Contains(check, output);
        Assert.DoesNotContain("FAILED", output);
        Assert.Contains("This machine's arithmetic is sound.", output);
    }

    [Fact]
    public void Cuda_on_the_CPU_build_is_one_line_naming_the_build_switch_and_the_package()
    {
        var (code, output) = Run("train-generator", "--device", "cuda");

        Assert.Equal(PipelineApp.BadInput, code);
        Assert.Equal("error: " + RL4Med.Augment.Torch.Devices.DeviceChoice.CudaUnavailable, output.Trim());
        Assert.Contains("-p:TorchBackend=cuda", output);
        Assert.Contains("libtorch-cuda-12.8-linux-x64 2.10.0", output);
    }

    [Fact]
    public void A_cancelled_command_stops_training_at_its_next_step_with_exit_code_130_and_the_same_command_continues()
    {
        WriteConfig("tiny.json", TinyDemo.Replace("\"textWidth\": 16 }", "\"textWidth\": 16 }, \"pretrain\": { \"steps\": 2, \"batchSize\": 4, \"warmupSteps\": 1, \"checkpointEvery\": 0, \"sampleGridEvery\": 0 }"));
        Assert.Equal(0, Run("prepare-data", "--config", "pipelines/tiny.json").Code);
        string[] pretrain = { "train-generator", "--stage", "pretrain", "--config", "pipelines/tiny.json", "--device", "cpu", "--threads", "1" };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var (code, output) = Run(pretrain, cancelled.Token);

        Assert.Equal(Console.StageView.Stopped, code);
        Assert.Contains("Stopped: the last step is saved", output);
        (code, output) = Run(pretrain.Append("--resume").ToArray());
        Assert.Equal(0, code);
        Assert.Contains("pretrain: step 2", output);
    }
}
