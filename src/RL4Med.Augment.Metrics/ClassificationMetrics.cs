namespace RL4Med.Augment.Metrics;

/// <summary>
/// The metric catalog. Multiclass metrics follow scikit-learn's definitions; one-vs-rest rates use the
/// prediction set's positive class. Every rate is NaN where its denominator is zero, so a report can tell
/// "undefined in this group" from a real zero.
/// </summary>
public static class ClassificationMetrics
{
    /// <summary>n: the number of rows.</summary>
    public static Metric Count { get; } = FromConfusion(
        "n", true,
        "n: number of rows (in a bootstrap resample, each row counted as often as it was drawn).",
        matrix => matrix.Total);

    /// <summary>Share of rows predicted right.</summary>
    public static Metric Accuracy { get; } = FromConfusion(
        "accuracy", true,
        "accuracy: share of rows whose predicted label equals the true label (scikit-learn accuracy_score).",
        matrix => matrix.Correct / matrix.Total);

    /// <summary>Mean recall over the classes present.</summary>
    public static Metric BalancedAccuracy { get; } = FromConfusion(
        "balanced_accuracy", true,
        "balanced_accuracy: mean of the per-class recall over the classes that occur as true labels (scikit-learn balanced_accuracy_score).",
        matrix => Mean(RecallsOfPresentClasses(matrix)));

    /// <summary>Recall (sensitivity) of the positive class: TP / (TP + FN).</summary>
    public static Metric Sensitivity { get; } = FromConfusion(
        "sensitivity", true,
        "sensitivity: recall of the positive class, TP / (TP + FN), one-vs-rest; NaN without positive rows.",
        matrix => RecallOf(matrix, matrix.PositiveClass));

    /// <summary>True positive rate of the positive class; the value of <see cref="Sensitivity"/>, named as Fairlearn names it.</summary>
    public static Metric TruePositiveRate { get; } = FromConfusion(
        "tpr", true,
        "tpr: true positive rate, TP / (TP + FN), one-vs-rest for the positive class (Fairlearn true_positive_rate); NaN without positive rows.",
        matrix => RecallOf(matrix, matrix.PositiveClass));

    /// <summary>Specificity of the positive class: TN / (TN + FP).</summary>
    public static Metric Specificity { get; } = FromConfusion(
        "specificity", true,
        "specificity: TN / (TN + FP), one-vs-rest for the positive class (1 - fpr); NaN without negative rows.",
        matrix => 1 - FalsePositiveRateOf(matrix));

    /// <summary>False positive rate of the positive class: FP / (FP + TN).</summary>
    public static Metric FalsePositiveRate { get; } = FromConfusion(
        "fpr", false,
        "fpr: false positive rate, FP / (FP + TN), one-vs-rest for the positive class (Fairlearn false_positive_rate); NaN without negative rows.",
        FalsePositiveRateOf);

    /// <summary>Share of rows predicted positive.</summary>
    public static Metric SelectionRate { get; } = FromConfusion(
        "selection_rate", true,
        "selection_rate: share of rows predicted as the positive class (Fairlearn selection_rate).",
        matrix => matrix.PredictedCounts[matrix.PositiveClass] / matrix.Total);

    /// <summary>Unweighted mean F1 over classes.</summary>
    public static Metric MacroF1 { get; } = FromConfusion(
        "macro_f1", true,
        "macro_f1: unweighted mean of F1 = 2TP / (2TP + FP + FN) over the classes that occur as a true or a predicted label (scikit-learn f1_score, average='macro').",
        matrix => Mean(F1sOfPresentClasses(matrix)));

    /// <summary>Unweighted mean one-vs-rest AUC over the classes whose AUC is defined.</summary>
    public static Metric MacroAuc { get; } = new(
        "auc_macro", true,
        "auc_macro: unweighted mean of the one-vs-rest AUC of each class, over the classes whose AUC is defined (the class both present and absent); NaN when none is. Unlike scikit-learn, which refuses a sample lacking a class, this lets small groups report the classes they have.",
        sample => Mean(Enumerable.Range(0, sample.Set.ClassNames.Count)
            .Select(classIndex => RankAuc.OneVsRest(sample, classIndex))
            .Where(auc => !double.IsNaN(auc))));

    /// <summary>Expected calibration error over 10 equal-width confidence bins.</summary>
    public static Metric ExpectedCalibrationError { get; } = new(
        "ece", false,
        $"ece: expected calibration error; confidence = the highest score, prediction = its class; rows fall into {CalibrationError.BinCount} equal-width bins (0, 0.1], ..., (0.9, 1] by confidence, and ECE = sum over bins of |bin| / n * |accuracy(bin) - mean confidence(bin)| (Guo et al. 2017). Scores should be probabilities.",
        CalibrationError.Expected);

    /// <summary>Recall of one class: the share of its rows predicted as it.</summary>
    public static Metric Recall(string className) => new(
        $"recall[{className}]", true,
        $"recall[{className}]: TP / (TP + FN) with '{className}' as the positive class; NaN without '{className}' rows.",
        sample => RecallOf(ConfusionMatrix.Of(sample), sample.Set.ClassIndex(className)));

    /// <summary>One-vs-rest ROC AUC of one class.</summary>
    public static Metric Auc(string className) => new(
        $"auc[{className}]", true,
        $"auc[{className}]: one-vs-rest ROC AUC of the '{className}' score as the Mann-Whitney statistic: the share of ('{className}', other) row pairs where the '{className}' row scores higher, a tie counting 1/2; NaN when either side is absent.",
        sample => RankAuc.OneVsRest(sample, sample.Set.ClassIndex(className)));

    /// <summary>
    /// <paramref name="metric"/> on the rows of <paramref name="groups"/> pooled, e.g. accuracy on every under-represented
    /// subgroup together; named <c>metric@label</c>. Within a group outside the set it is NaN (no rows).
    /// </summary>
    public static Metric Among(Metric metric, IReadOnlySet<string> groups, string label) => new(
        $"{metric.Name}@{label}", metric.HigherIsBetter,
        $"{metric.Name}@{label}: {metric.Name} on the rows of the {label} subgroups pooled ({string.Join(", ", groups.Order(StringComparer.Ordinal))}).",
        sample =>
        {
            PredictionSet set = sample.Set;
            int[] rows = sample.Subset.Rows.Where(row => groups.Contains(set.Rows[row].Group)).ToArray();
            return metric.Compute(new RowSample(new RowSubset(set, rows), sample.Multiplicity));
        });

    /// <summary>
    /// The ten metrics a subgroup report shows: n, accuracy, balanced accuracy, sensitivity, specificity,
    /// macro-F1, macro AUC, AUC of the positive class, ECE and selection rate.
    /// </summary>
    public static IReadOnlyList<Metric> Standard(PredictionSet predictions) =>
    [
        Count, Accuracy, BalancedAccuracy, Sensitivity, Specificity, MacroF1,
        MacroAuc, Auc(predictions.PositiveClass), ExpectedCalibrationError, SelectionRate,
    ];

    private static Metric FromConfusion(string name, bool higherIsBetter, string definition, Func<ConfusionMatrix, double> compute) =>
        new(name, higherIsBetter, definition, sample => compute(ConfusionMatrix.Of(sample)));

    private static double RecallOf(ConfusionMatrix matrix, int classIndex) =>
        matrix[classIndex, classIndex] / matrix.TrueCounts[classIndex];

    private static double FalsePositiveRateOf(ConfusionMatrix matrix)
    {
        int positive = matrix.PositiveClass;
        double negatives = matrix.Total - matrix.TrueCounts[positive];
        double falsePositives = matrix.PredictedCounts[positive] - matrix[positive, positive];
        return falsePositives / negatives;
    }

    private static IEnumerable<double> RecallsOfPresentClasses(ConfusionMatrix matrix) =>
        Enumerable.Range(0, matrix.ClassCount)
            .Where(classIndex => matrix.TrueCounts[classIndex] > 0)
            .Select(classIndex => RecallOf(matrix, classIndex));

    // 2TP / (2TP + FP + FN), where 2TP + FP + FN = (TP + FN) + (TP + FP): the class's true plus predicted count.
    private static IEnumerable<double> F1sOfPresentClasses(ConfusionMatrix matrix) =>
        Enumerable.Range(0, matrix.ClassCount)
            .Where(classIndex => matrix.TrueCounts[classIndex] + matrix.PredictedCounts[classIndex] > 0)
            .Select(classIndex => 2 * matrix[classIndex, classIndex] / (matrix.TrueCounts[classIndex] + matrix.PredictedCounts[classIndex]));

    /// <summary>Mean of the values; NaN when there are none.</summary>
    private static double Mean(IEnumerable<double> values)
    {
        double sum = 0;
        int count = 0;
        foreach (double value in values)
        {
            sum += value;
            count++;
        }
        return count == 0 ? double.NaN : sum / count;
    }
}
