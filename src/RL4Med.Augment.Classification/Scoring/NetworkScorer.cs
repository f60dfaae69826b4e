using RL4Med.Augment.Classification.Network;
using RL4Med.Augment.Classification.Pixels;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Classification.Scoring;

/// <summary>
/// The mapping of <see cref="ClassifierScoringFactory"/>: decodes the state column once into a network, then scores
/// image by image. One image at a time, so a model scores the same bits whichever rows share a call.
/// </summary>
internal sealed class NetworkScorer
{
    private readonly object gate = new();
    private char[] stateText = Array.Empty<char>();
    private ClassifierState? state;
    private ImageClassifierNetwork? network;

    public void Score(ClassifierScoringFactory.Input input, ClassifierScoringFactory.Output output)
    {
        // ML.NET may call from several cursors at once; one network forward at a time.
        lock (gate)
        {
            var (current, model) = Network(input.State);
            int length = PixelLayout.VectorLength(current.ImageSize);
            if (input.Pixels.Length != length)
                throw new InvalidOperationException($"a pixel vector has {input.Pixels.Length} values; the classifier reads 3*S*S = {length}");

            using var scope = torch.NewDisposeScope();
            using var noGrad = torch.no_grad();
            var images = torch.tensor(input.Pixels, new long[] { 1, PixelLayout.Channels, current.ImageSize, current.ImageSize });
            float[] probabilities = nn.functional.softmax(model.forward(images), 1).data<float>().ToArray();

            var padded = new float[ClassifierScoringFactory.MaxClasses];
            probabilities.CopyTo(padded, 0);
            output.PaddedScore = padded;
            output.PredictedClass = current.ClassNames[Array.IndexOf(probabilities, probabilities.Max())];
        }
    }

    // The state column holds the same value on every row: decode it once, and again only if it changes
    // (comparing the text costs far less than a forward pass).
    private (ClassifierState, ImageClassifierNetwork) Network(ReadOnlyMemory<char> text)
    {
        if (state is null || network is null || !text.Span.SequenceEqual(stateText))
        {
            network?.Dispose();
            state = ClassifierState.Decode(text.Span);
            network = state.CreateNetwork();
            stateText = text.ToArray();
        }
        return (state, network);
    }
}
