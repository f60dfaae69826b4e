#!/usr/bin/python3
"""Reference values for the tests, computed by implementations independent of the C# code.

Run with /usr/bin/python3 (numpy 1.24, scipy 1.10.1, scikit-learn 1.2.1):

    /usr/bin/python3 tests/Shared/Reference/make_reference_values.py

It rewrites reference_values.json beside this script. The tests read the JSON (copied to their output folders by
RL4Med.Augment.TestSupport); neither CI nor the tests run Python. Everything below is float64 and seeded, so a rerun
writes the same file.

Sections:
  ddim       diffusers' DDIMScheduler.step and ddpo-pytorch's ddim_step_with_logprob, in numpy.
  auc        sklearn.metrics.roc_auc_score on scores with many ties.
  ece        expected calibration error (Guo et al. 2017, top-label, 10 equal-width bins (lo, hi]); scikit-learn has no
             ECE (calibration_curve bins one class's probability in [lo, hi) bins), so it is written out in numpy here.
  bootstrap  cluster bootstrap percentile intervals: the resamples are those .NET's System.Random(seed) draws (its
             seeded algorithm is reproduced below), the metric of each resample comes from scikit-learn with sample
             weights, the interval from numpy.nanpercentile. scipy.stats.bootstrap cannot be given the resamples, and
             its 'percentile' method is numpy's linear percentile of the replicates: the same rule.
  stratified stratified sample bootstrap percentile intervals: per resample, the samples .NET's System.Random(seed)
             draws within each stratum in turn, per-stratum means from numpy.nanmean, the interval from
             numpy.nanpercentile.
  frechet    Fréchet distance of two sample sets: numpy moments and scipy.linalg.sqrtm, as pytorch-fid computes FID.
"""

import json
import math
import os
import warnings

import numpy as np
import scipy
import scipy.linalg
import sklearn
from sklearn.metrics import accuracy_score, roc_auc_score


def float32(values):
    """The values as the C# side holds them (float), widened back to float64."""
    return np.asarray(values, dtype=np.float32).astype(np.float64)


# ---------------------------------------------------------------------------------------------------------------------
# DDIM: Stable Diffusion's scheduler config (scaled_linear betas 0.00085..0.012 over 1000 steps, leading spacing,
# steps_offset 1, set_alpha_to_one False, clip_sample False, epsilon prediction), as DDPO uses it. diffusers computes
# the betas in float32; here they are float64, like the C# schedule.

def scaled_linear_alphas_cumprod(train_steps, beta_start, beta_end):
    betas = np.linspace(beta_start ** 0.5, beta_end ** 0.5, train_steps, dtype=np.float64) ** 2
    return np.cumprod(1.0 - betas)


def leading_timesteps(train_steps, inference_steps, steps_offset):
    """DDIMScheduler.set_timesteps with timestep_spacing 'leading'."""
    step_ratio = train_steps // inference_steps
    return (np.arange(0, inference_steps) * step_ratio).round()[::-1].astype(np.int64) + steps_offset


def diffusers_ddim_step(alphas_cumprod, train_steps, inference_steps, model_output, timestep, sample, eta, variance_noise):
    """DDIMScheduler.step for one integer timestep, epsilon prediction, no clipping; returns prev_sample."""
    final_alpha_cumprod = alphas_cumprod[0]  # set_alpha_to_one = False
    prev_timestep = timestep - train_steps // inference_steps
    alpha_prod_t = alphas_cumprod[timestep]
    alpha_prod_t_prev = alphas_cumprod[prev_timestep] if prev_timestep >= 0 else final_alpha_cumprod
    beta_prod_t = 1 - alpha_prod_t
    pred_original_sample = (sample - beta_prod_t ** 0.5 * model_output) / alpha_prod_t ** 0.5
    variance = ((1 - alpha_prod_t_prev) / beta_prod_t) * (1 - alpha_prod_t / alpha_prod_t_prev)  # _get_variance
    std_dev_t = eta * variance ** 0.5
    pred_sample_direction = (1 - alpha_prod_t_prev - std_dev_t ** 2) ** 0.5 * model_output
    prev_sample = alpha_prod_t_prev ** 0.5 * pred_original_sample + pred_sample_direction
    return prev_sample + variance ** 0.5 * eta * variance_noise


def ddpo_ddim_step_with_logprob(alphas_cumprod, train_steps, inference_steps, model_output, timesteps, sample, eta, prev_sample):
    """ddpo-pytorch's ddim_step_with_logprob with batched timesteps and a given prev_sample; returns (mean, std, log_prob)."""
    final_alpha_cumprod = alphas_cumprod[0]
    prev_timesteps = np.clip(timesteps - train_steps // inference_steps, 0, train_steps - 1)

    def left_broadcast(values):
        return values.reshape(values.shape + (1,) * (sample.ndim - 1))

    alpha_prod_t = left_broadcast(alphas_cumprod[timesteps])
    alpha_prod_t_prev = left_broadcast(np.where(prev_timesteps >= 0, alphas_cumprod[prev_timesteps], final_alpha_cumprod))
    beta_prod_t = 1 - alpha_prod_t
    pred_original_sample = (sample - beta_prod_t ** 0.5 * model_output) / alpha_prod_t ** 0.5
    variance = ((1 - alpha_prod_t_prev) / beta_prod_t) * (1 - alpha_prod_t / alpha_prod_t_prev)
    std_dev_t = eta * variance ** 0.5
    pred_sample_direction = (1 - alpha_prod_t_prev - std_dev_t ** 2) ** 0.5 * model_output
    prev_sample_mean = alpha_prod_t_prev ** 0.5 * pred_original_sample + pred_sample_direction
    log_prob = (-((prev_sample - prev_sample_mean) ** 2) / (2 * std_dev_t ** 2)
                - np.log(std_dev_t) - np.log(np.sqrt(2 * np.asarray(math.pi))))
    log_prob = log_prob.mean(axis=tuple(range(1, log_prob.ndim)))
    return prev_sample_mean, std_dev_t.reshape(-1), log_prob


def ddim_section():
    train_steps, beta_start, beta_end = 1000, 0.00085, 0.012
    inference_steps, steps_offset, eta = 50, 1, 0.8
    alphas_cumprod = scaled_linear_alphas_cumprod(train_steps, beta_start, beta_end)
    timesteps = leading_timesteps(train_steps, inference_steps, steps_offset)
    # The first step, one in the middle and the last, which lands on abar_0.
    batch_timesteps = np.array([timesteps[0], timesteps[29], timesteps[-1]], dtype=np.int64)
    rng = np.random.default_rng(11)
    shape = (3, 2, 3, 3)
    sample, model_output, noise = (rng.standard_normal(shape) for _ in range(3))

    prev_sample = np.stack([
        diffusers_ddim_step(alphas_cumprod, train_steps, inference_steps, model_output[b], int(t), sample[b], eta, noise[b])
        for b, t in enumerate(batch_timesteps)])
    mean, sigma, log_prob = ddpo_ddim_step_with_logprob(
        alphas_cumprod, train_steps, inference_steps, model_output, batch_timesteps, sample, eta, prev_sample)
    assert np.allclose(prev_sample, mean + sigma.reshape(-1, 1, 1, 1) * noise, rtol=0, atol=1e-14), "diffusers and ddpo disagree"
    return {
        "train_steps": train_steps, "beta_start": beta_start, "beta_end": beta_end,
        "inference_steps": inference_steps, "steps_offset": steps_offset, "eta": eta,
        "timesteps": timesteps.tolist(),
        "shape": list(shape),
        "batch_timesteps": batch_timesteps.tolist(),
        "alphas_cumprod_at_batch_timesteps": alphas_cumprod[batch_timesteps].tolist(),
        "sample": sample.ravel().tolist(),
        "model_output": model_output.ravel().tolist(),
        "noise": noise.ravel().tolist(),
        "mean": mean.ravel().tolist(),
        "sigma": sigma.tolist(),
        "prev_sample": prev_sample.ravel().tolist(),
        "log_prob": log_prob.tolist(),
    }


# ---------------------------------------------------------------------------------------------------------------------
# AUC with ties.

def auc_section():
    rng = np.random.default_rng(12)
    # Binary: scores on a 0.1 grid, so most scores are tied with others, of both classes.
    scores = float32(rng.integers(0, 11, size=24) / 10)
    positive = rng.random(24) < 0.4
    assert 0 < positive.sum() < 24
    # Three classes: probabilities from small integers, so each class's score column has ties.
    counts = rng.integers(1, 5, size=(18, 3)).astype(np.float64)
    probabilities = float32(counts / counts.sum(axis=1, keepdims=True))
    truth = np.arange(18) % 3
    rng.shuffle(truth)
    per_class = [roc_auc_score(truth == c, probabilities[:, c]) for c in range(3)]
    return {
        "binary": {
            "scores": scores.tolist(),
            "positive": positive.tolist(),
            "auc": roc_auc_score(positive, scores),
        },
        "three_classes": {
            "classes": ["a", "b", "c"],
            "scores": probabilities.tolist(),
            "truth": truth.tolist(),
            "auc_per_class": per_class,
            "macro_auc": roc_auc_score(truth, probabilities, multi_class="ovr", average="macro"),
        },
    }


# ---------------------------------------------------------------------------------------------------------------------
# Expected calibration error: top-label confidence, the class of the highest score as the prediction, bins
# (0, 0.1], ..., (0.9, 1], ECE = sum over bins of |bin| / n * |accuracy(bin) - mean confidence(bin)|, with row weights.

def expected_calibration_error(probabilities, truth, weights=None, bins=10):
    weights = np.ones(len(truth)) if weights is None else np.asarray(weights, dtype=np.float64)
    confidence = probabilities.max(axis=1)
    correct = probabilities.argmax(axis=1) == truth
    total = weights.sum()
    error = 0.0
    edges = np.linspace(0, 1, bins + 1)
    for lower, upper in zip(edges[:-1], edges[1:]):
        in_bin = (confidence > lower) & (confidence <= upper)
        if lower == 0:
            in_bin |= confidence == 0
        weight = weights[in_bin].sum()
        if weight > 0:
            accuracy = (weights[in_bin] * correct[in_bin]).sum() / weight
            mean_confidence = (weights[in_bin] * confidence[in_bin]).sum() / weight
            error += weight / total * abs(accuracy - mean_confidence)
    return error


def ece_section():
    rng = np.random.default_rng(13)
    probabilities = float32(rng.dirichlet([0.6, 0.6, 0.6], size=40))
    confidence = probabilities.max(axis=1)
    # No confidence on a bin edge and no tie for the top score: both would test rounding, not the definition.
    assert np.all(np.abs(confidence * 10 - np.round(confidence * 10)) > 1e-4)
    assert np.all(np.sort(probabilities, axis=1)[:, -1] > np.sort(probabilities, axis=1)[:, -2])
    # Truths drawn from the probabilities themselves, then a few flipped: calibrated in part.
    truth = np.array([rng.choice(3, p=p / p.sum()) for p in probabilities])
    truth[:6] = (truth[:6] + 1) % 3
    return {
        "classes": ["a", "b", "c"],
        "scores": probabilities.tolist(),
        "truth": truth.tolist(),
        "ece": expected_calibration_error(probabilities, truth),
    }


# ---------------------------------------------------------------------------------------------------------------------
# Cluster bootstrap. .NET's Random(seed) (the seeded algorithm kept for compatibility: Knuth's subtractive generator
# as .NET has always seeded it) reproduces the C# draws; the test checks that the C# resampler draws these.

class DotNetRandom:
    """System.Random(seed).Next(maxValue) of .NET."""

    _BIG = 2 ** 31 - 1
    _SEED = 161803398

    def __init__(self, seed):
        state = [0] * 56
        mj = self._SEED - (self._BIG if seed == -2 ** 31 else abs(seed))
        state[55] = mj
        mk, ii = 1, 0
        for _ in range(1, 55):
            ii = (ii + 21) % 55
            state[ii] = mk
            mk = mj - mk
            if mk < 0:
                mk += self._BIG
            mj = state[ii]
        for _ in range(1, 5):
            for i in range(1, 56):
                state[i] -= state[1 + (i + 30) % 55]
                if state[i] < 0:
                    state[i] += self._BIG
        self._state, self._next, self._next_p = state, 0, 21

    def next(self, max_value):
        self._next = 1 if self._next + 1 >= 56 else self._next + 1
        self._next_p = 1 if self._next_p + 1 >= 56 else self._next_p + 1
        value = self._state[self._next] - self._state[self._next_p]
        if value == self._BIG:
            value -= 1
        if value < 0:
            value += self._BIG
        self._state[self._next] = value
        return int(value * (1.0 / self._BIG) * max_value)


def cluster_resamples(groups, clusters, seed, resamples):
    """Per resample, how often each row is drawn: within each group (in ordinal order), as many clusters as it has,
    uniformly with replacement, clusters in order of first appearance; every row of a drawn cluster counts once more."""
    random = DotNetRandom(seed)
    by_group = []
    for group in sorted(set(groups)):
        order = []
        for row, (g, c) in enumerate(zip(groups, clusters)):
            if g == group and c not in order:
                order.append(c)
        by_group.append([[row for row, (g, c) in enumerate(zip(groups, clusters)) if g == group and c == cluster] for cluster in order])
    draws = []
    for _ in range(resamples):
        multiplicity = np.zeros(len(groups), dtype=np.int64)
        for group_clusters in by_group:
            for _ in range(len(group_clusters)):
                for row in group_clusters[random.next(len(group_clusters))]:
                    multiplicity[row] += 1
        draws.append(multiplicity)
    return draws


def weighted_metrics(truth, predicted, probabilities, weights):
    """accuracy, auc[mel] and ece of the rows with weights (0 = not drawn); NaN where a metric is undefined."""
    drawn = weights > 0
    mel = truth[drawn] == 1
    auc = roc_auc_score(mel, probabilities[drawn, 1], sample_weight=weights[drawn]) if 0 < mel.sum() < drawn.sum() else math.nan
    return {
        "accuracy": accuracy_score(truth[drawn], predicted[drawn], sample_weight=weights[drawn]),
        "auc[mel]": auc,
        "ece": expected_calibration_error(probabilities[drawn], truth[drawn], weights[drawn]),
    }


HIGHER_IS_BETTER = {"accuracy": True, "auc[mel]": True, "ece": False}


def frame(truth, predicted, probabilities, groups, weights):
    """Overall, per group, worst group and between-group difference (max - min, NaN groups skipped) of every metric."""
    overall = weighted_metrics(truth, predicted, probabilities, weights)
    by_group = {g: weighted_metrics(truth, predicted, probabilities, weights * (groups == g)) for g in sorted(set(groups))}
    worst, difference = {}, {}
    for metric, higher_is_better in HIGHER_IS_BETTER.items():
        values = [v[metric] for v in by_group.values() if not math.isnan(v[metric])]
        worst[metric] = (min(values) if higher_is_better else max(values)) if values else math.nan
        difference[metric] = max(values) - min(values) if values else math.nan
    return {"overall": overall, "by_group": by_group, "worst_group": worst, "difference": difference}


def interval(estimate, replicates, level):
    replicates = np.asarray(replicates, dtype=np.float64)
    valid = int((~np.isnan(replicates)).sum())
    tail = (1 - level) / 2
    lower, upper = np.nanpercentile(replicates, [100 * tail, 100 * (1 - tail)]) if valid else (math.nan, math.nan)
    return {"estimate": estimate, "lower": float(lower), "upper": float(upper), "valid_resamples": valid}


def bootstrap_section():
    seed, resamples, level = 11, 25, 0.9
    rng = np.random.default_rng(14)
    # 9 lesions with 1 to 3 images each in two groups, mel or not; mel scores on a 0.05 grid (ties), never 0.5,
    # higher for mel images on the whole but overlapping.
    lesions = [("g0", 3, 1), ("g0", 1, 0), ("g0", 2, 0), ("g0", 1, 1), ("g1", 2, 0), ("g1", 3, 1), ("g1", 1, 0), ("g1", 2, 1), ("g1", 1, 0)]
    groups, clusters, truth = [], [], []
    for index, (group, images, lesion_truth) in enumerate(lesions):
        for _ in range(images):
            groups.append(group)
            clusters.append(f"lesion{index}")
            truth.append(lesion_truth)
    groups, truth = np.array(groups), np.array(truth)
    grid = np.array([s / 20 for s in range(1, 20) if s != 10])
    mel = np.where(truth == 1, rng.choice(grid[grid > 0.3], size=len(truth)), rng.choice(grid[grid < 0.7], size=len(truth)))
    probabilities = float32(np.stack([1 - mel, mel], axis=1))
    predicted = probabilities.argmax(axis=1)

    draws = cluster_resamples(list(groups), clusters, seed, resamples)
    point = frame(truth, predicted, probabilities, groups, np.ones(len(truth)))
    replicates = [frame(truth, predicted, probabilities, groups, m.astype(np.float64)) for m in draws]

    def intervals(select):
        return {metric: interval(select(point)[metric], [select(r)[metric] for r in replicates], level) for metric in HIGHER_IS_BETTER}

    return {
        "classes": ["nev", "mel"],
        "positive_class": "mel",
        "truth": truth.tolist(),
        "scores": probabilities.tolist(),
        "groups": groups.tolist(),
        "clusters": clusters,
        "seed": seed,
        "resamples": resamples,
        "confidence_level": level,
        "multiplicities": [m.tolist() for m in draws],
        "overall": intervals(lambda f: f["overall"]),
        "by_group": {g: intervals(lambda f, g=g: f["by_group"][g]) for g in sorted(set(groups))},
        "worst_group": intervals(lambda f: f["worst_group"]),
        "difference": intervals(lambda f: f["difference"]),
    }


# ---------------------------------------------------------------------------------------------------------------------
# Stratified sample bootstrap (a generator evaluation's samples within each prompt): every sample holds one value per
# source (two generators whose sample i shares its seed), NaN where it is not judged. A resample draws, stratum after
# stratum, as many sample indices as the stratum has, uniformly with replacement; a stratum's mean per source skips NaN.
# The statistic: per source, the mean over strata of the stratum means (strata without a judged sample skipped), the
# mean over strata of source 1 minus source 0, and that difference in stratum 0 alone.

def stratified_statistic(means):
    means = np.asarray(means, dtype=np.float64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # nanmean of nothing judged: NaN, as intended
        pooled = np.nanmean(means, axis=0)
        gain = np.nanmean(means[:, 1] - means[:, 0])
    return [float(pooled[0]), float(pooled[1]), float(gain), float(means[0, 1] - means[0, 0])]


def stratum_means(samples, drawn):
    values = np.asarray(samples, dtype=np.float64)[drawn]
    return [float(np.mean(column[~np.isnan(column)])) if (~np.isnan(column)).any() else math.nan for column in values.T]


def stratified_section():
    seed, resamples, level = 7, 30, 0.8
    rng = np.random.default_rng(16)
    strata = []
    for size in (5, 3, 4):
        values = np.round(rng.random((size, 2)), 2)
        strata.append(values)
    strata[0][1, 0] = math.nan   # one sample of stratum 0 not judged for source 0
    strata[1][:, 1] = [math.nan, math.nan, 0.25]   # stratum 1's source 1 judged once: some resamples miss it
    random = DotNetRandom(seed)
    draws = [[[random.next(len(stratum)) for _ in range(len(stratum))] for stratum in strata] for _ in range(resamples)]
    point = stratified_statistic([stratum_means(stratum, list(range(len(stratum)))) for stratum in strata])
    means = [[stratum_means(stratum, drawn) for stratum, drawn in zip(strata, draw)] for draw in draws]
    replicates = [stratified_statistic(m) for m in means]
    return {
        "strata": [stratum.tolist() for stratum in strata],
        "seed": seed,
        "resamples": resamples,
        "confidence_level": level,
        "draws": draws,
        "means": means,
        "intervals": [interval(point[index], [r[index] for r in replicates], level) for index in range(len(point))],
    }


# ---------------------------------------------------------------------------------------------------------------------
# Fréchet distance: |mu1 - mu2|^2 + Tr(S1 + S2 - 2 sqrtm(S1 S2)), moments with the unbiased covariance (pytorch-fid).

def frechet_section():
    rng = np.random.default_rng(15)
    first = float32(rng.standard_normal((30, 4)) @ rng.normal(0, 1, (4, 4)) + [0.5, -1.0, 2.0, 0.0])
    second = float32(rng.standard_normal((25, 4)) @ rng.normal(0, 1, (4, 4)) + [0.0, 0.5, 1.5, 1.0])
    mean1, mean2 = first.mean(axis=0), second.mean(axis=0)
    cov1, cov2 = np.cov(first, rowvar=False), np.cov(second, rowvar=False)
    root, _ = scipy.linalg.sqrtm(cov1 @ cov2, disp=False)
    distance = float(((mean1 - mean2) ** 2).sum() + np.trace(cov1) + np.trace(cov2) - 2 * np.trace(root.real))
    return {
        "first": first.tolist(),
        "second": second.tolist(),
        "first_mean": mean1.tolist(),
        "first_covariance": cov1.tolist(),
        "distance": distance,
    }


def named_nan(value):
    """NaN as the string "NaN": JSON has no NaN, and System.Text.Json reads the named literal (AllowNamedFloatingPointLiterals)."""
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if isinstance(value, dict):
        return {key: named_nan(item) for key, item in value.items()}
    if isinstance(value, list):
        return [named_nan(item) for item in value]
    return value


def main():
    values = {
        "generated_by": "tests/Shared/Reference/make_reference_values.py",
        "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "scikit-learn": sklearn.__version__},
        "ddim": ddim_section(),
        "auc": auc_section(),
        "ece": ece_section(),
        "bootstrap": bootstrap_section(),
        "stratified": stratified_section(),
        "frechet": frechet_section(),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference_values.json")
    with open(path, "w", encoding="utf-8") as file:
        json.dump(named_nan(values), file, indent=1, allow_nan=False)
        file.write("\n")


if __name__ == "__main__":
    main()
