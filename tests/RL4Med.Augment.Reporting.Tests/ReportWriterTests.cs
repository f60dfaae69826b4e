using RL4Med.Augment.Data.Experiment;
using System.Text.Json;
using System.Text.RegularExpressions;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Reporting.Rendering;

namespace RL4Med.Augment.Reporting.Tests;

/// <summary>The three files, on one small experiment with every optional part filled in; computed once for the class.</summary>
public sealed class ReportWriterTests : IClassFixture<ReportWriterTests.SampleReport>
{
    private readonly SampleReport report;

    public ReportWriterTests(SampleReport report) => this.report = report;

    public sealed class SampleReport
    {
        public SampleReport()
        {
            ArmPredictions oversampling = Build.RareAllRightOrWrong(ArmNames.Oversampling, rareRight: false);
            ArmPredictions ddpo = Build.RareAllRightOrWrong(ArmNames.DdpoAugmented, rareRight: true);
            // One extra test image in a subgroup of its own: too few to judge.
            Results = ReportComputation.Run(Build.Inputs(Build.WithImages(oversampling, Build.Tiny, ("mel", "nv")), Build.WithImages(ddpo, Build.Tiny, ("mel", "mel"))) with
            {
                SubgroupCounts =
                [
                    new SubgroupCountRow(Build.Common, 400, 50, 10, new Dictionary<string, int>(), false),
                    new SubgroupCountRow(Build.Rare, 20, 5, 10, new Dictionary<string, int> { ["pretrained"] = 200, ["ddpo"] = 200 }, true),
                    new SubgroupCountRow(Build.Tiny, 3, 1, 1, new Dictionary<string, int>(), false),
                ],
                RewardCurve = [new RewardCurvePoint(1, 0.4, 0.1), new RewardCurvePoint(2, 0.55, 0.08), new RewardCurvePoint(3, 0.6, 0.05)],
                GeneratorEvaluation = new GeneratorEvaluation(
                [
                    new GeneratorEvaluationTable("Per prompt", "prompt", ["APR pretrained", "APR DDPO"],
                        [new GeneratorEvaluationRow("melanoma with ink markings", true, [0.31, 0.62])]),
                ]),
                ImageGrids = [new ImageGrid(Build.Rare, [new ImagePanel("real", Build.OnePixelPng), new ImagePanel("DDPO", Build.OnePixelPng)], "seeds 0-3")],
            });
            Html = ReportWriter.Html(Results);
            Markdown = ReportWriter.Markdown(Results);
            Json = ReportWriter.Json(Results);
        }

        public ReportResults Results { get; }

        public string Html { get; }

        public string Markdown { get; }

        public string Json { get; }
    }

    [Fact]
    public void Json_holds_the_headline_numbers()
    {
        using JsonDocument json = JsonDocument.Parse(report.Json);
        JsonElement headline = json.RootElement.GetProperty("headline");
        Assert.Equal(report.Results.Headline.Sentence, headline.GetProperty("sentence").GetString());

        JsonElement ddpo = headline.GetProperty("rows").EnumerateArray().Single(row => row.GetProperty("arm").GetString() == ArmNames.DdpoAugmented);
        Assert.Equal(19.0 / 21, ddpo.GetProperty("accuracy").GetProperty("value").GetDouble(), 12);
        Assert.Equal(0.8, ddpo.GetProperty("worstGroupAccuracy").GetProperty("value").GetDouble(), 12);
        Assert.Equal(Build.Common, ddpo.GetProperty("worstSubgroup").GetString());
        JsonElement delta = ddpo.GetProperty("deltas")[0];
        Assert.Equal(ArmNames.Oversampling, delta.GetProperty("baseline").GetString());
        Assert.Equal(0.8, delta.GetProperty("worstGroupAccuracy").GetProperty("difference").GetDouble(), 12);
        Assert.True(delta.GetProperty("worstGroupAccuracy").GetProperty("significant").GetBoolean());
    }

    [Fact]
    public void Json_writes_undefined_values_as_null_and_leaves_image_pixels_out()
    {
        using JsonDocument json = JsonDocument.Parse(report.Json);
        JsonElement rare = json.RootElement.GetProperty("arms")[0].GetProperty("subgroups").EnumerateArray()
            .Single(s => s.GetProperty("subgroup").GetString() == Build.Rare);

        Assert.Equal(JsonValueKind.Null, rare.GetProperty("metrics").GetProperty("recall[nv]").GetProperty("value").ValueKind);
        Assert.DoesNotContain("\"png\"", report.Json);
        Assert.Equal("real", json.RootElement.GetProperty("imageGrids")[0].GetProperty("panels")[0].GetProperty("label").GetString());
    }

    [Fact]
    public void Markdown_has_the_headline_sentence_and_table()
    {
        Assert.Contains($"**{report.Results.Headline.Sentence}**", report.Markdown);
        Assert.Contains("### Headline\n\n| Arm | Accuracy | Worst-group accuracy | Worst subgroup | Balanced accuracy | Δ accuracy vs oversampling | Δ worst-group vs oversampling |", report.Markdown);
        Assert.Matches(@"\| ddpo_augmented \| 0\.905 \[[0-9.]+, [0-9.]+\] \| 0\.800 \[[0-9.]+, [0-9.]+\] \| diagnosis=nv, ink=0 \|", report.Markdown);
        Assert.Matches(@"\*\*\+0\.800 \[[0-9.]+, [0-9.]+\]\*\*", report.Markdown);
    }

    [Fact]
    public void Markdown_marks_under_represented_and_too_small_subgroups()
    {
        Assert.Contains($"| {Build.Rare} ⚑ under-represented |", report.Markdown);
        Assert.Contains($"| {Build.Tiny} _(too few to judge, n < 2)_ |", report.Markdown);
    }

    [Fact]
    public void Html_is_self_contained()
    {
        Assert.DoesNotContain("http://", report.Html);
        Assert.DoesNotContain("https://", report.Html);
        Assert.DoesNotContain("<script", report.Html);
        Assert.DoesNotContain("<link", report.Html);
        Assert.DoesNotContain("@import", report.Html);
        // Every reference is an image data URI or a link within the page.
        Assert.All(Regex.Matches(report.Html, "(?:src|href)=\"([^\"]*)\"").Select(match => match.Groups[1].Value),
            target => Assert.True(target.StartsWith("data:image/png;base64,") || target.StartsWith('#'), target));
    }

    [Fact]
    public void Html_embeds_the_three_charts_as_inline_svg_and_only_the_grid_as_png_data_uris()
    {
        string[] charts = Regex.Matches(report.Html, "<svg .*?</svg>", RegexOptions.Singleline).Select(match => match.Value).ToArray();
        string[] images = Regex.Matches(report.Html, "src=\"data:image/png;base64,([^\"]+)\"").Select(match => match.Groups[1].Value).ToArray();

        Assert.Equal(3, Regex.Matches(report.Html, "<svg").Count);
        Assert.Equal(
            ["Accuracy per subgroup (95% intervals)", "Training images per subgroup: real and synthetic", "DDPO reward during training"],
            charts.Select(chart => Charts.Svg.Parse(chart).Element("title")!.Value));
        Assert.Equal(2, images.Length);
        Assert.All(images, base64 => Assert.True(new ImagePanel("grid", Convert.FromBase64String(base64)).IsPng));
    }

    [Fact]
    public void Html_has_the_answer_the_tables_and_the_methods()
    {
        Assert.Contains(System.Net.WebUtility.HtmlEncode(report.Results.Headline.Sentence), report.Html);
        Assert.Contains("<caption>Headline</caption>", report.Html);
        Assert.Contains("<caption>Fairness across subgroups</caption>", report.Html);
        Assert.Contains("<caption>Per prompt</caption>", report.Html);
        Assert.Contains("hand-built test set", report.Html);
        Assert.Contains("equalized odds difference", report.Html);
        Assert.Contains("{ &quot;name&quot;: &quot;hand-built&quot; }", report.Html);
    }

    [Fact]
    public void Html_highlights_under_represented_and_marks_too_small_subgroups()
    {
        Assert.Matches($"<tr class=\"rare\"><th scope=\"row\">{Regex.Escape(Build.Rare)}<span class=\"badges\"><span class=\"badge rare\">under-represented", report.Html);
        Assert.Matches($"<tr class=\"small\"><th scope=\"row\">{Regex.Escape(Build.Tiny)}<span class=\"badges\"><span class=\"badge small\">too few to judge", report.Html);
    }

    [Fact]
    public void WriteAll_writes_the_three_files()
    {
        string folder = Directory.CreateTempSubdirectory("report-").FullName;
        try
        {
            IReadOnlyList<string> paths = ReportWriter.WriteAll(report.Results, Path.Combine(folder, "out"));

            Assert.Equal(["report.html", "report.md", "report.json"], paths.Select(path => Path.GetFileName(path)!).ToArray());
            Assert.Equal(report.Markdown, File.ReadAllText(paths[1]));
            Assert.Equal(report.Json, File.ReadAllText(paths[2]));
            Assert.Empty(Directory.GetFiles(Path.Combine(folder, "out"), "*.tmp"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
