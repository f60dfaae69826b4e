namespace RL4Med.Augment.Ddpo.Advantages;

/// <summary>
/// Turns rewards into advantages normalised per prompt, as DDPO's <c>PerPromptStatTracker</c>: each prompt key keeps a
/// buffer of its last <see cref="BufferSize"/> rewards. For a batch, every prompt's new rewards are first appended to its
/// buffer (oldest dropped); then a prompt whose buffer holds at least <see cref="MinCount"/> rewards is normalised with
/// the buffer's mean and standard deviation, and a prompt with fewer with those of the whole batch (so rare prompts
/// are not normalised by two or three values). A = (r - mean) / (std + 1e-6), clipped to ±<see cref="AdvantageClip"/>.
/// Standard deviations are population ones (numpy's default, as in ddpo-pytorch). A value function is not needed:
/// the per-prompt mean is the baseline.
/// </summary>
public sealed class PerPromptStatTracker
{
    private const double StdEpsilon = 1e-6;
    private readonly Dictionary<string, Queue<double>> buffers = new(StringComparer.Ordinal);

    /// <summary>An empty tracker.</summary>
    /// <param name="bufferSize">Rewards kept per prompt key.</param>
    /// <param name="minCount">Buffered rewards a key needs before its own statistics are used.</param>
    /// <param name="advantageClip">Advantages are clipped to [-advantageClip, advantageClip].</param>
    public PerPromptStatTracker(int bufferSize, int minCount, double advantageClip)
    {
        if (bufferSize < 1) throw new ArgumentOutOfRangeException(nameof(bufferSize), bufferSize, "The buffer must hold at least one reward.");
        if (minCount < 1 || minCount > bufferSize)
            throw new ArgumentOutOfRangeException(nameof(minCount), minCount, $"The minimum count must be in 1..{bufferSize} (the buffer size).");
        if (advantageClip <= 0) throw new ArgumentOutOfRangeException(nameof(advantageClip), advantageClip, "The advantage clip must be positive.");
        BufferSize = bufferSize;
        MinCount = minCount;
        AdvantageClip = advantageClip;
    }

    /// <summary>Rewards kept per prompt key.</summary>
    public int BufferSize { get; }

    /// <summary>Buffered rewards a key needs before its own statistics are used.</summary>
    public int MinCount { get; }

    /// <summary>Bound of the advantages' absolute value.</summary>
    public double AdvantageClip { get; }

    /// <summary>
    /// Adds a batch's <paramref name="rewards"/> (reward i for prompt key <paramref name="keys"/>[i]) to the buffers and
    /// returns their advantages, in the same order.
    /// </summary>
    public float[] Update(IReadOnlyList<string> keys, IReadOnlyList<float> rewards)
    {
        if (keys.Count != rewards.Count) throw new ArgumentException($"{keys.Count} prompt keys for {rewards.Count} rewards.");
        if (rewards.Count == 0) return Array.Empty<float>();
        var batch = Statistics(rewards.Select(r => (double)r).ToArray());
        var advantages = new float[rewards.Count];
        foreach (var group in Enumerable.Range(0, keys.Count).GroupBy(i => keys[i], StringComparer.Ordinal))
        {
            var buffer = Buffer(group.Key);
            foreach (var i in group)
            {
                buffer.Enqueue(rewards[i]);
                if (buffer.Count > BufferSize) buffer.Dequeue();
            }
            var (mean, std) = buffer.Count >= MinCount ? Statistics(buffer.ToArray()) : batch;
            foreach (var i in group)
                advantages[i] = (float)Math.Clamp((rewards[i] - mean) / (std + StdEpsilon), -AdvantageClip, AdvantageClip);
        }
        return advantages;
    }

    /// <summary>The buffered rewards per prompt key, oldest first (saved in DDPO checkpoints).</summary>
    public IReadOnlyDictionary<string, double[]> Snapshot() =>
        buffers.ToDictionary(b => b.Key, b => b.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Replaces the buffers with a <see cref="Snapshot"/> (each trimmed to the newest <see cref="BufferSize"/> rewards).</summary>
    public void Restore(IReadOnlyDictionary<string, double[]> snapshot)
    {
        buffers.Clear();
        foreach (var (key, rewards) in snapshot)
            buffers[key] = new Queue<double>(rewards.TakeLast(BufferSize));
    }

    private Queue<double> Buffer(string key)
    {
        if (!buffers.TryGetValue(key, out var buffer))
            buffers[key] = buffer = new Queue<double>(BufferSize + 1);
        return buffer;
    }

    private static (double Mean, double Std) Statistics(IReadOnlyCollection<double> values)
    {
        var mean = values.Average();
        return (mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Count));
    }
}
