using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace RL4Med.Augment.Classification.Scoring;

/// <summary>
/// Persistence contract (saved models name it): scores one image with the network its state column holds. The output
/// is padded to <see cref="MaxClasses"/> because a custom mapping's column shapes are fixed at compile time; the
/// scoring chain then keeps the first K slots.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class ClassifierScoringFactory : CustomMappingFactory<ClassifierScoringFactory.Input, ClassifierScoringFactory.Output>
{
    /// <summary>The contract name stored in saved models: renaming it (or the column names) breaks every saved model.</summary>
    public const string ContractName = "RL4Med.Augment.Classification.ClassifierScoring";

    /// <summary>Most classes a classifier can have.</summary>
    public const int MaxClasses = 64;

    public override Action<Input, Output> GetMapping() => new NetworkScorer().Score;

    /// <summary>One image's pixels and the classifier state.</summary>
    public sealed class Input
    {
        [ColumnName(ScoringColumns.Pixels)]
        public float[] Pixels { get; set; } = Array.Empty<float>();

        [ColumnName(ScoringColumns.State)]
        public ReadOnlyMemory<char> State { get; set; }
    }

    /// <summary>Class probabilities (zero past the last class) and the name of the most probable class.</summary>
    public sealed class Output
    {
        [ColumnName(ScoringColumns.PaddedScore), VectorType(MaxClasses)]
        public float[] PaddedScore { get; set; } = new float[MaxClasses];

        [ColumnName(ScoringColumns.PredictedClass)]
        public string PredictedClass { get; set; } = "";
    }
}
