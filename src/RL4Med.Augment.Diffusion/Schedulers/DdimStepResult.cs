using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Schedulers;

/// <summary>One reverse step x_t -> x_prev of <see cref="DdimScheduler"/>.</summary>
/// <param name="PreviousSample">x_prev = <paramref name="Mean"/> + sigma z, shaped like x_t.</param>
/// <param name="LogProb">
/// Per-sample mean (over channels and pixels) Gaussian log-density of <paramref name="PreviousSample"/> [B];
/// null when the step is deterministic (sigma = 0, e.g. eta = 0), where no density exists.
/// </param>
/// <param name="Mean">mu, the mean of x_prev given x_t and the predicted noise.</param>
/// <param name="Sigma">sigma_t per sample [B].</param>
public sealed record DdimStepResult(Tensor PreviousSample, Tensor? LogProb, Tensor Mean, Tensor Sigma);
