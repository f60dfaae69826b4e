namespace RL4Med.Augment.Torch.Training;

/// <summary>
/// The settings of one <see cref="ClassifierTrainingLoop"/> run. Each classifier's own options map onto these; the
/// network's shape and loss stay with the classifier (<see cref="ClassifierObjective"/>).
/// </summary>
/// <param name="Training">What is trained, e.g. "disease classifier training": named in the error of a step that stays non-finite.</param>
/// <param name="Epochs">Most passes over the training rows (the end-of-epoch callback may stop sooner).</param>
/// <param name="BatchSize">Rows per optimizer step; the last step of an epoch takes the remainder.</param>
/// <param name="LearningRate">Peak AdamW learning rate, shaped by <paramref name="LearningRateSchedule"/>.</param>
/// <param name="LearningRateSchedule">How the learning rate moves from step to step.</param>
/// <param name="WeightDecay">AdamW decoupled weight decay.</param>
/// <param name="Seed">
/// Seed of the host generator that draws the data order and the flips. The weights and dropout masks follow torch's
/// global generator, which the caller seeds before it builds the model.
/// </param>
/// <param name="Flips">Mirror each batch image left-right and top-bottom, each with probability 1/2; the inputs must be images [B, C, H, W].</param>
public sealed record ClassifierLoopOptions(
    string Training,
    int Epochs,
    int BatchSize,
    double LearningRate,
    LearningRateSchedule LearningRateSchedule,
    double WeightDecay,
    int Seed,
    bool Flips)
{
    /// <summary>The learning rate of 0-based <paramref name="step"/> of <paramref name="totalSteps"/>.</summary>
    public double LearningRateAt(int step, int totalSteps) => LearningRateSchedule switch
    {
        LearningRateSchedule.Cosine => LearningRate * 0.5 * (1 + Math.Cos(Math.PI * step / totalSteps)),
        _ => LearningRate,
    };
}
