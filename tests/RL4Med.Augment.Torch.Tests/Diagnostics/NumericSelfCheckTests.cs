using RL4Med.Augment.Torch.Diagnostics;
using TorchSharp;

namespace RL4Med.Augment.Torch.Tests.Diagnostics;

public class NumericSelfCheckTests
{
    [Fact]
    public void Checks_convolution_GroupNorm_attention_and_linear_layers_and_all_pass_here()
    {
        var results = NumericSelfCheck.Run(passes: NumericSelfCheck.StartupPasses);

        Assert.Equal(
            new[] { "convolution 32→3", "convolution 16→8", "convolution 8→8", "GroupNorm 32 channels, 8 groups", "attention 64 tokens x 32, 2 heads", "linear 64→48" },
            results.Select(result => result.Name).ToArray());
        Assert.All(results, result => Assert.Equal(NumericSelfCheck.StartupPasses, result.Passes));
        Assert.True(results.All(result => result.Passed), string.Join("\n", results));
        Assert.All(results, result => Assert.InRange(result.WorstRelativeError, 1e-12, 1e-5)); // float32 rounding is seen, and small
        NumericSelfCheck.Require();
    }

    [Fact]
    public void Leaves_torchs_default_generator_where_it_was()
    {
        torch.manual_seed(5);
        var expected = torch.rand(4).data<float>().ToArray();
        torch.manual_seed(5);
        NumericSelfCheck.Run(passes: 1);
        Assert.Equal(expected, torch.rand(4).data<float>().ToArray());
    }

    [Fact]
    public void A_failed_check_reads_as_one_line_naming_it_and_doctor()
    {
        var failed = new SelfCheckResult("convolution 32→3", 2, NonFinitePasses: 1, MismatchedPasses: 0, WorstRelativeError: 0);
        var error = new MachineFaultException(new[] { failed });

        Assert.False(failed.Passed);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("convolution 32→3: FAILED, 2 passes, 1 non-finite", error.Message);
        Assert.Contains("'doctor'", error.Message);
    }
}
