namespace RL4Med.Augment.Pipeline.Tests;

/// <summary>
/// The commands resolve paths against the process's current folder, which the tests change: their classes share this
/// collection so that xunit never runs two of them at once.
/// </summary>
[CollectionDefinition(Collection)]
public sealed class WorkingDirectory
{
    public const string Collection = "current folder";
}
