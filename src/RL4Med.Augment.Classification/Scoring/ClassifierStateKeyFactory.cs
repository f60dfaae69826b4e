using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace RL4Med.Augment.Classification.Scoring;

/// <summary>
/// Persistence contract (saved models name it): adds a constant key column, which the scoring chain's value
/// mapping turns into the classifier state. ML.NET's value mapping needs an input column, and nothing else
/// in a user's data is guaranteed constant.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
internal sealed class ClassifierStateKeyFactory : CustomMappingFactory<ClassifierStateKeyFactory.NoColumns, ClassifierStateKeyFactory.KeyRow>
{
    /// <summary>The contract name stored in saved models: renaming it (or the column names) breaks every saved model.</summary>
    public const string ContractName = "RL4Med.Augment.Classification.ClassifierStateKey";

    /// <summary>The key the value mapping stores the state under.</summary>
    internal const uint Key = 0;

    public override Action<NoColumns, KeyRow> GetMapping() => (_, row) => row.StateKey = Key;

    /// <summary>The mapping reads no column.</summary>
    public sealed class NoColumns;

    /// <summary>The constant key.</summary>
    public sealed class KeyRow
    {
        [ColumnName(ScoringColumns.StateKey)]
        public uint StateKey { get; set; }
    }
}
