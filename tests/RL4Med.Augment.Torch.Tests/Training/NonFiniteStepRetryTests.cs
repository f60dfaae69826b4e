using RL4Med.Augment.Torch.Training;
using TorchSharp;

namespace RL4Med.Augment.Torch.Tests.Training;

public class NonFiniteStepRetryTests
{
    [Fact]
    public void A_transient_NaN_is_retried_with_torchs_generator_rewound_and_counted()
    {
        var retry = new NonFiniteStepRetry("test training");
        var draws = new List<float>();
        var attempts = 0;
        torch.manual_seed(3);

        var value = retry.Run(7, () =>
        {
            draws.Add(torch.rand(1).item<float>()); // a dropout mask's draw
            NonFiniteValueException.ThrowIfNotFinite("loss", ++attempts == 1 ? double.NaN : 0.25);
            return 0.25;
        });

        Assert.Equal(0.25, value);
        Assert.Equal(2, attempts);
        Assert.Equal(1, retry.Retries);
        Assert.Equal(draws[0], draws[1]); // the retry saw the same random numbers
    }

    [Fact]
    public void A_persistent_NaN_stops_after_the_retries_with_one_line_naming_the_training_step_checkpoint_and_doctor()
    {
        var retry = new NonFiniteStepRetry("generator pretraining", maxRetries: 2);
        var attempts = 0;

        var error = Assert.Throws<NonFiniteTrainingException>(() => retry.Run<double>(12, () =>
        {
            attempts++;
            NonFiniteValueException.ThrowIfNotFinite("gradient norm", double.NaN);
            return 0;
        }, lastGoodCheckpoint: "runs/x/checkpoint.bin"));

        Assert.Equal(3, attempts);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(12, error.Step);
        Assert.Equal(2, retry.Retries);
        Assert.Equal(
            "generator pretraining stopped at step 12: the gradient norm was NaN in 3 tries of the same batch, so the step was not applied; " +
            "the last checkpoint, runs/x/checkpoint.bin, is intact. Run 'doctor' to check this machine's arithmetic; if it passes, check the input images for bad values and lower the learning rate.",
            error.Message);
    }
}
