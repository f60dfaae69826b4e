using RL4Med.Augment.Diffusion.Autoencoders;
using RL4Med.Augment.Diffusion.Tests.Support;
using RL4Med.Augment.TestSupport;
using TorchSharp;

namespace RL4Med.Augment.Diffusion.Tests.Autoencoders;

public class AutoencoderTests
{
    [Fact]
    public void EncodesSixteenPixelImagesToFourByEightByEightLatentsAndBack()
    {
        torch.manual_seed(1);
        using var model = new Autoencoder(TinyAutoencoder.Options());
        using var images = torch.rand(2, 3, 16, 16) * 2 - 1;

        var (mean, logVariance) = model.Encode(images);
        using var decoded = model.Decode(mean);

        Assert.Equal(2, model.Options.DownsamplingFactor);
        Assert.Equal(new long[] { 2, 4, 8, 8 }, mean.shape);
        Assert.Equal(new long[] { 2, 4, 8, 8 }, logVariance.shape);
        Assert.Equal(new long[] { 2, 3, 16, 16 }, decoded.shape);
        // Fully convolutional: a 24 px image gives 12 px latents.
        using var wider = model.Decode(model.Encode(torch.zeros(1, 3, 24, 24)).Mean);
        Assert.Equal(new long[] { 1, 3, 24, 24 }, wider.shape);
    }

    [Fact]
    public void A_latent_space_encodes_and_decodes_a_batch_larger_than_its_chunk_as_it_does_each_image_alone()
    {
        torch.manual_seed(2);
        using var space = new LatentSpace(new Autoencoder(TinyAutoencoder.Options()), 0.5);
        int count = LatentSpace.ChunkSize + 3;
        using var images = torch.rand(count, 3, 16, 16) * 2 - 1;

        using var latents = space.Encode(images);
        using var decoded = space.Decode(latents);

        Assert.Equal(new long[] { count, 4, 8, 8 }, latents.shape);
        Assert.Equal(new long[] { count, 3, 16, 16 }, decoded.shape);
        foreach (int i in new[] { 0, LatentSpace.ChunkSize - 1, LatentSpace.ChunkSize, count - 1 })
        {
            using var alone = space.Encode(images.narrow(0, i, 1));
            Assert.True(alone.allclose(latents.narrow(0, i, 1), rtol: 1e-5, atol: 1e-6), $"latent {i}");
            // The scaling factor is applied on the way in and undone on the way out.
            using var direct = space.Autoencoder.Decode(latents.narrow(0, i, 1) / 0.5).clamp(-1, 1);
            Assert.True(direct.allclose(decoded.narrow(0, i, 1), rtol: 1e-4, atol: 1e-5), $"image {i}: {(direct - decoded.narrow(0, i, 1)).abs().max().item<float>()}");
        }
        Assert.False(latents.requires_grad);
    }

    [Fact]
    public void TrainingOnCropsBringsTheReconstructionErrorOfWholeImagesDown()
    {
        var images = TinyAutoencoder.Images();
        using var batch = torch.tensor(images.SelectMany(i => i).ToArray(), new long[] { images.Length, 3, 16, 16 });
        var errors = new List<double>();
        using var trainer = AutoencoderTrainer.Create(TinyAutoencoder.Options(), TinyAutoencoder.TrainingOptions(steps: 100));
        double before = WholeImageError(trainer.Model, batch);

        var result = trainer.Train(images, imageSize: 16, p => errors.Add(p.ReconstructionError));

        Assert.Equal(100, result.Step);
        Assert.Equal(100, errors.Count);
        double after = WholeImageError(trainer.Model, batch);
        Assert.True(after < 0.5 * before, $"whole-image L1 went from {before:F3} to {after:F3}");
        Assert.True(errors.TakeLast(5).Average() < 0.5 * errors.Take(5).Average());

        // Through a latent space (the trainer keeps its model): decoded images are clamped to [-1, 1], and the scaling
        // factor gives the latents unit spread.
        var space = new LatentSpace(trainer.Model, 1.0);
        using var latents = space.Encode(batch);
        var factor = LatentSpace.ScalingFactorOf(Enumerable.Range(0, images.Length).Select(i => latents[i].data<float>().ToArray()).ToList());
        using var scaledLatents = latents * factor;
        Assert.Equal(1.0, scaledLatents.std().item<float>(), 3);
        using var decoded = space.Decode(latents);
        Assert.Equal(new long[] { images.Length, 3, 16, 16 }, decoded.shape);
        Assert.InRange(decoded.min().item<float>(), -1f, 1f);
        Assert.InRange(decoded.max().item<float>(), -1f, 1f);
    }

    [Fact]
    public void AResumedTrainingWritesTheSameFileAsAnUninterruptedOne()
    {
        using var folder = new TemporaryDirectory();
        var images = TinyAutoencoder.Images();
        string straightFolder = Path.Combine(folder.Path, "straight"), resumedFolder = Path.Combine(folder.Path, "resumed");
        using (var straight = AutoencoderTrainer.Create(TinyAutoencoder.Options(), TinyAutoencoder.TrainingOptions(6, straightFolder)))
            straight.Train(images, 16);

        using (var cancel = new CancellationTokenSource())
        using (var interrupted = AutoencoderTrainer.Create(TinyAutoencoder.Options(), TinyAutoencoder.TrainingOptions(6, resumedFolder)))
        {
            var stopped = interrupted.Train(images, 16, p => { if (p.Step == 3) cancel.Cancel(); }, cancel.Token);
            Assert.Equal(3, stopped.Step);
        }
        using (var resumed = AutoencoderTrainer.Resume(Path.Combine(resumedFolder, AutoencoderTrainer.CheckpointFileName)))
        {
            Assert.Equal(3, resumed.Step);
            resumed.Train(images, 16);
        }

        Assert.Equal(
            File.ReadAllBytes(Path.Combine(straightFolder, AutoencoderTrainer.AutoencoderFileName)),
            File.ReadAllBytes(Path.Combine(resumedFolder, AutoencoderTrainer.AutoencoderFileName)));
        using var loaded = TrainedAutoencoder.Load(Path.Combine(resumedFolder, AutoencoderTrainer.AutoencoderFileName));
        Assert.False(loaded.training);
    }

    private static double WholeImageError(Autoencoder model, torch.Tensor images)
    {
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        return (model.call(images) - images).abs().mean().item<float>();
    }
}
