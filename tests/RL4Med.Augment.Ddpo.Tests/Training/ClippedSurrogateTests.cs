using RL4Med.Augment.Ddpo.Training;
using TorchSharp;

namespace RL4Med.Augment.Ddpo.Tests.Training;

public class ClippedSurrogateTests
{
    [Fact]
    public void At_ratio_one_the_loss_is_minus_the_advantage()
    {
        using var scope = torch.NewDisposeScope();
        var ratio = torch.ones(3);

        var loss = ClippedSurrogate.Loss(ratio, torch.tensor(new[] { -1f, 2f, 0.5f }), clipRange: 1e-4);

        Assert.Equal(new[] { 1f, -2f, -0.5f }, loss.data<float>().ToArray());
    }

    [Theory]
    // advantage, ratio -> max(-A r, -A clamp(r, 0.8, 1.2))
    [InlineData(1.0, 1.5, -1.2)] // a good step already made more likely: the gain is capped at 1 + c
    [InlineData(1.0, 0.5, -0.5)] // a good step made less likely: the full (pessimistic) loss counts
    [InlineData(-1.0, 1.5, 1.5)] // a bad step made more likely: the full loss counts
    [InlineData(-1.0, 0.5, 0.8)] // a bad step already made less likely: the gain is capped at 1 - c
    [InlineData(2.0, 1.1, -2.2)] // inside the clip range nothing is clipped
    public void Ratios_outside_the_clip_range_are_clipped_pessimistically(double advantage, double ratio, double expected)
    {
        using var scope = torch.NewDisposeScope();

        var loss = ClippedSurrogate.Loss(torch.tensor(new[] { (float)ratio }), torch.tensor(new[] { (float)advantage }), clipRange: 0.2);

        Assert.Equal(expected, loss.item<float>(), 6);
    }

    [Fact]
    public void Clipped_steps_get_no_gradient_and_unclipped_ones_get_minus_the_advantage()
    {
        using var scope = torch.NewDisposeScope();
        var ratio = torch.tensor(new[] { 1.5f, 0.5f, 1.1f }).requires_grad_();

        ClippedSurrogate.Loss(ratio, torch.tensor(new[] { 1f, 1f, 2f }), clipRange: 0.2).sum().backward();

        Assert.Equal(new[] { 0f, -1f, -2f }, ratio.grad!.data<float>().ToArray());
    }

    [Fact]
    public void Ratio_approximate_kl_and_clip_flags_follow_the_log_probabilities()
    {
        using var scope = torch.NewDisposeScope();
        var oldLogProbs = torch.tensor(new[] { -1f, -1f, -1f });
        var newLogProbs = torch.tensor(new[] { -1f, -0.9f, -1.2f });

        var ratio = ClippedSurrogate.Ratio(newLogProbs, oldLogProbs);

        Assert.Equal(new[] { 1f, MathF.Exp(0.1f), MathF.Exp(-0.2f) }, ratio.data<float>().ToArray(), new ToleranceComparer(1e-6f));
        Assert.Equal(new[] { 0f, 0.005f, 0.02f }, ClippedSurrogate.ApproximateKl(newLogProbs, oldLogProbs).data<float>().ToArray(), new ToleranceComparer(1e-6f));
        Assert.Equal(new[] { 0f, 0f, 1f }, ClippedSurrogate.IsClipped(ratio, clipRange: 0.15).data<float>().ToArray());
    }

    private sealed class ToleranceComparer(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float value) => 0;
    }
}
