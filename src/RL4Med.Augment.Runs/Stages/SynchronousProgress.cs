namespace RL4Med.Augment.Runs.Stages;

/// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread (the console has no synchronisation context to post to).</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
