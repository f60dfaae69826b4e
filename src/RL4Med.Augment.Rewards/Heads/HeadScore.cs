namespace RL4Med.Augment.Rewards.Heads;

/// <summary>How well one head's predictions match labels, over the images whose label is known (or constrained).</summary>
/// <param name="Name">The head.</param>
/// <param name="Scored">Images with a known label for this head.</param>
/// <param name="Accuracy">Share of scored images whose predicted class is the label; null when none is scored.</param>
/// <param name="BalancedAccuracy">Mean over the classes that occur among the labels of each class's recall; null when none is scored.</param>
/// <param name="Auc">
/// ROC AUC of the predicted probabilities: of the positive class for a binary head, the mean one-vs-rest AUC over
/// the classes that occur for a softmax head; null when fewer than two classes occur (or for scores written before it existed).
/// </param>
public sealed record HeadScore(string Name, int Scored, double? Accuracy, double? BalancedAccuracy, double? Auc = null);
