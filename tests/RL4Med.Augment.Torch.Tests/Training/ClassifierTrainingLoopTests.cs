using RL4Med.Augment.Torch.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Torch.Tests.Training;

public class ClassifierTrainingLoopTests
{
    // Ten 1x2x2 images whose pixels are 4i, 4i+1, 4i+2, 4i+3, so a row and its flips can be read back from the pixels.
    private const int Rows = 10;

    private static readonly ClassifierLoopOptions Options = new("test classifier training", Epochs: 3, BatchSize: 4, LearningRate: 0.1,
        LearningRateSchedule.Cosine, WeightDecay: 0, Seed: 7, Flips: true);

    private static Tensor Images(int[] rows) =>
        torch.tensor(rows.SelectMany(r => Enumerable.Range(4 * r, 4).Select(p => (float)p)).ToArray(), new long[] { rows.Length, 1, 2, 2 });

    private static Tensor Targets(int[] rows) => torch.tensor(rows.Select(r => (long)(r % 2)).ToArray());

    private static nn.Module<Tensor, Tensor> Model()
    {
        torch.manual_seed(1);
        return nn.Sequential(nn.Flatten(), nn.Linear(4, 2));
    }

    // Cross-entropy of the model; <paramref name="observe"/> sees each try's images and loss and may replace the loss.
    private static ClassifierObjective Objective(nn.Module<Tensor, Tensor> model, Func<Tensor, Tensor, Tensor>? observe = null) =>
        new(Images, Targets, (images, targets) =>
        {
            var loss = nn.functional.cross_entropy(model.call(images), targets);
            return observe is null ? loss : observe(images, loss);
        });

    // The pixels of each image of a batch as the loss saw them.
    private static float[][] Pixels(Tensor images) =>
        Enumerable.Range(0, (int)images.shape[0]).Select(i => images[i].flatten().data<float>().ToArray()).ToArray();

    [Fact]
    public void Each_epoch_reshuffles_the_previous_order_then_each_step_draws_a_left_right_and_a_top_bottom_coin_per_image()
    {
        using var model = Model();
        var seen = new List<float[][]>();
        var objective = Objective(model, (images, loss) => { seen.Add(Pixels(images)); return loss; });

        new ClassifierTrainingLoop(Options).Run(model, Rows, objective);

        // The same draws replayed from the seed: Fisher-Yates on the running order, then per step the coins.
        var random = new Random(Options.Seed);
        var order = Enumerable.Range(0, Rows).ToArray();
        var expected = new List<float[][]>();
        for (int epoch = 0; epoch < Options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var batch in order.Chunk(Options.BatchSize))
            {
                var leftRight = batch.Select(_ => random.Next(2) == 1).ToArray();
                var topBottom = batch.Select(_ => random.Next(2) == 1).ToArray();
                expected.Add(batch.Select((row, i) => Flipped(row, leftRight[i], topBottom[i])).ToArray());
            }
        }
        Assert.Equal(expected, seen);
    }

    // Row r's pixels [a b; c d] = 4r + [0 1; 2 3], mirrored as asked.
    private static float[] Flipped(int row, bool leftRight, bool topBottom)
    {
        var grid = new[] { new[] { 0, 1 }, new[] { 2, 3 } };
        if (leftRight) grid = grid.Select(line => line.Reverse().ToArray()).ToArray();
        if (topBottom) grid = grid.Reverse().ToArray();
        return grid.SelectMany(line => line).Select(p => (float)(4 * row + p)).ToArray();
    }

    [Fact]
    public void Reports_every_step_with_the_cosine_learning_rate_and_stops_when_the_end_of_epoch_callback_says_so()
    {
        using var model = Model();
        var steps = new List<ClassifierLoopProgress>();
        var epochEnds = new List<(ClassifierLoopProgress Report, bool Training, bool Gradients)>();
        var losses = new List<double>();
        var objective = Objective(model, (_, loss) =>
        {
            losses.Add(loss.item<float>());
            return loss;
        });

        var result = new ClassifierTrainingLoop(Options with { Epochs = 4 }).Run(model, Rows, objective, report =>
        {
            epochEnds.Add((report, model.training, torch.is_grad_enabled()));
            return report.Epoch == 2;
        }, steps.Add);

        // 10 rows in batches of 4: 3 steps per epoch; 12 planned steps, of which 6 ran.
        Assert.Equal(new ClassifierLoopResult(Epochs: 2, NonFiniteRetries: 0), result);
        Assert.Equal(6, steps.Count);
        Assert.Equal(new[] { (1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3) }, steps.Select(s => (s.Epoch, s.Step)));
        Assert.Equal(Enumerable.Range(0, 6).Select(k => 0.1 * 0.5 * (1 + Math.Cos(Math.PI * k / 12))), steps.Select(s => s.LearningRate));
        Assert.All(steps, s => Assert.Equal((4, 3, false), (s.Epochs, s.StepsPerEpoch, s.IsEpochEnd)));
        Assert.Equal(new[] { losses[0], (losses[0] + losses[1]) / 2, (losses[0] + losses[1] + losses[2]) / 3, losses[3] },
            steps.Take(4).Select(s => s.Loss)); // the mean loss of the epoch so far

        // Validation runs in evaluation mode without gradients; the epoch-end report repeats the epoch's last step.
        Assert.Equal(new[] { 1, 2 }, epochEnds.Select(e => e.Report.Epoch));
        Assert.All(epochEnds, e => Assert.Equal((true, false, false), (e.Report.IsEpochEnd, e.Training, e.Gradients)));
        Assert.Equal(steps[5] with { IsEpochEnd = true }, epochEnds[1].Report with { ImagesPerSecond = steps[5].ImagesPerSecond });
        Assert.False(model.training); // left in evaluation mode
    }

    [Fact]
    public void A_step_whose_loss_is_not_finite_is_retried_on_the_same_flipped_images()
    {
        using var model = Model();
        var seen = new List<float[][]>();
        var objective = Objective(model, (images, loss) =>
        {
            seen.Add(Pixels(images));
            return seen.Count == 1 ? loss * double.NaN : loss; // a transient fault in the first try of the first step
        });

        var result = new ClassifierTrainingLoop(Options with { Epochs = 1 }).Run(model, Rows, objective);

        Assert.Equal(1, result.NonFiniteRetries);
        Assert.Equal(4, seen.Count); // three steps, the first tried twice
        Assert.Equal(seen[0], seen[1]);
    }

    [Fact]
    public void A_cancelled_run_stops_before_its_next_step_without_changing_the_weights()
    {
        using var model = Model();
        var before = model.parameters().Select(p => p.data<float>().ToArray()).ToList();
        var objective = Objective(model);

        Assert.Throws<OperationCanceledException>(() =>
            new ClassifierTrainingLoop(Options).Run(model, Rows, objective, cancellationToken: new CancellationToken(canceled: true)));

        Assert.Equal(before, model.parameters().Select(p => p.data<float>().ToArray()));
    }

    [Fact]
    public void The_cosine_schedule_falls_from_the_peak_to_half_at_mid_training_and_the_constant_one_stays_at_the_peak()
    {
        var cosine = Options with { LearningRate = 0.2, LearningRateSchedule = LearningRateSchedule.Cosine };
        var constant = cosine with { LearningRateSchedule = LearningRateSchedule.Constant };

        Assert.Equal(0.2, cosine.LearningRateAt(0, 100), 15);
        Assert.Equal(0.1, cosine.LearningRateAt(50, 100), 15);
        Assert.Equal(0.0, cosine.LearningRateAt(100, 100), 15);
        Assert.Equal(0.2, constant.LearningRateAt(73, 100));
    }
}
