namespace RL4Med.Augment.Reporting.Inputs;

/// <summary>The DDPO reward of one training epoch: mean and standard deviation over the epoch's samples.</summary>
public sealed record RewardCurvePoint(int Epoch, double RewardMean, double RewardStd);
