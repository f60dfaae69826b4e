using System.Text.Json;
using System.Text.RegularExpressions;
using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Reporting.Rendering;

namespace RL4Med.Augment.Reporting.Tests;

/// <summary>The report's section on a latent generator's autoencoder, from the JSON the autoencoder stage writes.</summary>
public sealed class AutoencoderReconstructionTests : IDisposable
{
    // The stage's shape; ink misses the 95% target, skin_type meets it exactly.
    private const string Measured = """
        {
          "images": 256,
          "psnr": 27.3141,
          "ssim": 0.81234,
          "rewardAgreement": { "diagnosis": 0.9609375, "hair": 0.98046875, "ink": 0.9296875, "skin_type": 0.95 }
        }
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("reconstruction-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Markdown_gives_psnr_ssim_and_per_head_agreement_against_the_target()
    {
        string markdown = ReportWriter.Markdown(Report(new AutoencoderReconstruction(ReconstructionQuality.Read(Write(Measured)), Picture)));

        Assert.Equal("""
            ## Autoencoder reconstruction

            256 validation images, each against its reconstruction: mean PSNR 27.31 dB, mean SSIM 0.812. Originals beside their reconstructions are in report.html.

            ### Reward model agreement, original against reconstruction

            | Attribute head | Agreement | Meets the target (0.950) | Images |
            | --- | ---: | ---: | ---: |
            | diagnosis | 0.961 | yes | 256 |
            | hair | 0.980 | yes | 256 |
            | ink | 0.930 | **no** | 256 |
            | skin_type | 0.950 | yes | 256 |

            _Share of the validation images on which the reward model predicts the same class for the original and its reconstruction: what latent generation can at best keep of the attributes DDPO is rewarded for._


            """.ReplaceLineEndings("\n"), Section(markdown));
    }

    [Fact]
    public void Html_embeds_the_picture_and_marks_a_missed_target_and_json_carries_the_numbers()
    {
        ReportResults results = Report(new AutoencoderReconstruction(ReconstructionQuality.Read(Write(Measured)), Picture));
        string html = ReportWriter.Html(results);
        using JsonDocument json = JsonDocument.Parse(ReportWriter.Json(results));

        Assert.Contains("<a href=\"#autoencoder\">Autoencoder</a>", html);
        string section = Regex.Match(html, "<section id=\"autoencoder\">.*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains($"<img alt=\"Originals beside their reconstructions\" src=\"data:image/png;base64,{Convert.ToBase64String(Build.OnePixelPng)}\">", section);
        Assert.Contains("<tr><th scope=\"row\">ink</th><td><span>0.930</span></td><td><span class=\"loss\">no</span></td><td><span>256</span></td></tr>", section);
        Assert.Contains("<tr><th scope=\"row\">skin_type</th><td><span>0.950</span></td><td><span>yes</span></td>", section);

        JsonElement reconstruction = json.RootElement.GetProperty("autoencoderReconstruction");
        JsonElement quality = reconstruction.GetProperty("quality");
        Assert.Equal(256, quality.GetProperty("images").GetInt32());
        Assert.Equal(27.3141, quality.GetProperty("psnr").GetDouble());
        Assert.Equal(0.81234, quality.GetProperty("ssim").GetDouble());
        Assert.Equal(0.9296875, quality.GetProperty("rewardAgreement").GetProperty("ink").GetDouble());
        Assert.Equal(0.95, reconstruction.GetProperty("agreementTarget").GetDouble());
        Assert.Equal("Originals beside their reconstructions", reconstruction.GetProperty("image").GetProperty("label").GetString());
    }

    [Fact]
    public void A_latent_run_not_measured_yet_gets_one_line_and_a_run_on_pixels_no_section()
    {
        string unmeasured = ReportWriter.Markdown(Report(new AutoencoderReconstruction(null, null)));
        ReportResults pixels = Report(null);

        Assert.Equal("## Autoencoder reconstruction\n\nThe autoencoder stage has not measured its reconstructions yet.\n\n", Section(unmeasured));
        Assert.DoesNotContain("Autoencoder", ReportWriter.Markdown(pixels));
        Assert.DoesNotContain("autoencoder", ReportWriter.Html(pixels), StringComparison.OrdinalIgnoreCase);
        using JsonDocument json = JsonDocument.Parse(ReportWriter.Json(pixels));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("autoencoderReconstruction").ValueKind);
    }

    [Fact]
    public void An_agreement_outside_0_to_1_is_an_error_naming_the_file_and_the_head()
    {
        string path = Write(Measured.Replace("0.9296875", "1.5"));

        var error = Assert.Throws<InputDataException>(() => ReconstructionQuality.Read(path));

        Assert.Equal(path, error.File);
        Assert.Contains("'rewardAgreement' of head 'ink' is 1.5", error.Message);
    }

    private static ImagePanel Picture => new("Originals beside their reconstructions", Build.OnePixelPng);

    private static ReportResults Report(AutoencoderReconstruction? reconstruction) =>
        ReportComputation.Run(Build.Inputs(Build.ThreeQuarters(ArmNames.RealOnly)) with { AutoencoderReconstruction = reconstruction });

    /// <summary>The Markdown from the section's heading to the next section's.</summary>
    private static string Section(string markdown) =>
        Regex.Match(markdown, "## Autoencoder reconstruction\n.*?(?=## Methods)", RegexOptions.Singleline).Value;

    private string Write(string json)
    {
        string path = Path.Combine(folder, "reconstruction.json");
        File.WriteAllText(path, json);
        return path;
    }
}
