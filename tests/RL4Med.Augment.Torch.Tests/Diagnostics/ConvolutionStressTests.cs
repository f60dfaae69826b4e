using RL4Med.Augment.Torch.Diagnostics;
using TorchSharp;

namespace RL4Med.Augment.Torch.Tests.Diagnostics;

/// <summary>
/// Reproduces libtorch 2.10's oneDNN fault where a CPU has it (AMD EPYC with AVX-512: NaN input gradients at random
/// when a convolution's output channels do not fill a 16-channel block) and shows the project's convolution is immune.
/// On a CPU without the fault it passes at once.
/// </summary>
public class ConvolutionStressTests
{
    [Fact]
    public void The_projects_convolution_matches_float64_in_120_backward_passes_at_the_fault_prone_shapes_on_two_threads()
    {
        var threads = torch.get_num_threads();
        torch.set_num_threads(2);
        try
        {
            var results = NumericSelfCheck.FaultProneConvolutions
                .Select(shape => NumericSelfCheck.Convolution(shape.Input, shape.Output, passes: 40))
                .ToList();

            Assert.Equal(new[] { (32, 3), (16, 8), (8, 8) }, NumericSelfCheck.FaultProneConvolutions);
            Assert.Equal(120, results.Sum(result => result.Passes));
            Assert.True(results.All(result => result.Passed), string.Join("\n", results));
            Assert.All(results, result => Assert.True(result.WorstRelativeError < 1e-5, result.ToString())); // float32 rounding, not a fault
        }
        finally
        {
            torch.set_num_threads(threads);
        }
    }
}
