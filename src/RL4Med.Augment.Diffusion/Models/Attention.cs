using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace RL4Med.Augment.Diffusion.Models;

/// <summary>
/// Multi-head scaled dot-product attention with separate query, key, value and output projections, named
/// <c>to_q</c>, <c>to_k</c>, <c>to_v</c> and <c>to_out</c> in the state dict as in Stable Diffusion, so that
/// LoRA adapters can target exactly these layers (see <see cref="AttachAdapter"/>). Self-attention when no context is
/// given, cross-attention otherwise.
/// </summary>
public sealed class Attention : nn.Module<Tensor, Tensor?, Tensor?, Tensor>
{
    [TorchSharp.Utils.ComponentName(Name = "to_q")]
    private readonly Linear toQuery;
    [TorchSharp.Utils.ComponentName(Name = "to_k")]
    private readonly Linear toKey;
    [TorchSharp.Utils.ComponentName(Name = "to_v")]
    private readonly Linear toValue;
    [TorchSharp.Utils.ComponentName(Name = "to_out")]
    private readonly Linear toOut;
    // Side branches added to projection outputs (LoRA); registered as submodules when attached.
    private readonly Dictionary<string, nn.Module<Tensor, Tensor>> adapters = new(StringComparer.Ordinal);

    /// <summary>Creates attention from <paramref name="queryWidth"/>-wide tokens to <paramref name="contextWidth"/>-wide context tokens.</summary>
    public Attention(string name, long queryWidth, long contextWidth, int heads) : base(name)
    {
        if (queryWidth % heads != 0)
            throw new ArgumentException($"{heads} heads do not divide the width {queryWidth}.", nameof(heads));
        Heads = heads;
        toQuery = nn.Linear(queryWidth, queryWidth, hasBias: false);
        toKey = nn.Linear(contextWidth, queryWidth, hasBias: false);
        toValue = nn.Linear(contextWidth, queryWidth, hasBias: false);
        toOut = nn.Linear(queryWidth, queryWidth);
        RegisterComponents();
    }

    /// <summary>The state-dict names of the four projections, the layers an adapter can attach to.</summary>
    public static IReadOnlyList<string> ProjectionNames { get; } = new[] { "to_q", "to_k", "to_v", "to_out" };

    /// <summary>Number of heads the projections are split into.</summary>
    public int Heads { get; }

    /// <summary>Width of the query, key and value projections (all heads together).</summary>
    public long InnerWidth => toQuery.weight.shape[0];

    /// <summary>
    /// Attends from <paramref name="tokens"/> [B, N, queryWidth] to <paramref name="context"/> [B, M, contextWidth]
    /// (the tokens themselves when null). <paramref name="keyMask"/> [B, M] marks the context tokens that may be
    /// attended to (true) and must have at least one true entry per row.
    /// </summary>
    public override Tensor forward(Tensor tokens, Tensor? context, Tensor? keyMask)
    {
        context ??= tokens;
        var batch = tokens.shape[0];
        var query = SplitHeads(Project("to_q", tokens));
        var key = SplitHeads(Project("to_k", context));
        var value = SplitHeads(Project("to_v", context));
        var mask = keyMask?.view(batch, 1, 1, keyMask.shape[1]);
        var attended = F.scaled_dot_product_attention(query, key, value, mask);
        return Project("to_out", attended.transpose(1, 2).reshape(batch, tokens.shape[1], InnerWidth));
    }

    /// <summary>The linear layer of the projection <paramref name="projection"/> (one of <see cref="ProjectionNames"/>).</summary>
    public Linear Projection(string projection) => projection switch
    {
        "to_q" => toQuery,
        "to_k" => toKey,
        "to_v" => toValue,
        "to_out" => toOut,
        _ => throw new ArgumentException($"'{projection}' is not one of the projections {string.Join(", ", ProjectionNames)}.", nameof(projection)),
    };

    /// <summary>
    /// Adds a side branch to a projection: from now on its output is <c>projection(x) + adapter(x)</c>, as low-rank
    /// adapters (LoRA) fine-tune a frozen model. An adapter whose output is exactly zero leaves the attention's output
    /// bitwise unchanged. The adapter is registered as the submodule <c>{projection}_adapter</c>, so it moves between
    /// devices, lists its parameters and saves with the model (a model with adapters no longer loads plain weight files
    /// strictly, and vice versa). At most one adapter per projection.
    /// </summary>
    public void AttachAdapter(string projection, nn.Module<Tensor, Tensor> adapter)
    {
        Projection(projection); // rejects unknown names
        if (adapters.ContainsKey(projection))
            throw new InvalidOperationException($"The projection {projection} already has an adapter.");
        register_module($"{projection}_adapter", adapter);
        adapters.Add(projection, adapter);
    }

    private Tensor Project(string projection, Tensor input)
    {
        var output = Projection(projection).call(input);
        return adapters.TryGetValue(projection, out var adapter) ? output + adapter.call(input) : output;
    }

    // [B, N, heads * d] -> [B, heads, N, d]
    private Tensor SplitHeads(Tensor x) => x.view(x.shape[0], x.shape[1], Heads, -1).transpose(1, 2);
}
