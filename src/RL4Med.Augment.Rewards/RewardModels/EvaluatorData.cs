namespace RL4Med.Augment.Rewards.RewardModels;

/// <summary>Which training images the reward model and the evaluator learn from.</summary>
public enum EvaluatorData
{
    /// <summary>Disjoint halves of the training lesions (<see cref="LesionHalves"/>): reward model on the first, evaluator on the second.</summary>
    DisjointHalves,

    /// <summary>Both on all training images (more data each, but the evaluator may share the reward model's mistakes).</summary>
    SameData,
}
