using RL4Med.Augment.Data.Experiment;
using System.Text;
using RL4Med.Augment.Reporting.Charts;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;
using static System.Net.WebUtility;

namespace RL4Med.Augment.Reporting.Rendering;

/// <summary>
/// The report as one self-contained HTML page: inline CSS, charts as inline SVG, image grids as <c>data:</c>
/// URIs, no scripts and no external resources, so it opens from disk without a network.
/// </summary>
internal sealed class HtmlReportWriter(ReportResults results, ReportCharts charts)
{
    private readonly ReportTables tables = new(results);
    private readonly ClaimTables claimTables = new(results);
    private readonly StringBuilder html = new();

    public string Write()
    {
        ReportSettings settings = results.Settings;
        html.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Augmentation report: {HtmlEncode(settings.TestSetName)}</title>
            <style>{HtmlStyles.Css}</style>
            </head>
            <body>
            <main>
            <header>
            <h1>Synthetic augmentation of under-represented subgroups</h1>
            <p class="subtitle">Test set: <strong>{HtmlEncode(settings.TestSetName)}</strong> · {NumberFormat.Count(results.Arms[0].TestImages)} real test images ·
            {results.Arms.Count} arms · positive class <strong>{HtmlEncode(settings.PositiveClass)}</strong> ·
            {NumberFormat.Level(settings.ConfidenceLevel)} intervals from {NumberFormat.Count(settings.BootstrapResamples)} cluster-bootstrap resamples</p>
            </header>

            """);
        Navigation();
        Claims();
        Answer();
        Comparisons();
        Subgroups();
        TrainingData();
        Generator();
        Reconstruction();
        Methods();
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void Navigation()
    {
        var links = new List<(string Id, string Title)> { ("claims", "Claims"), ("answer", "Answer"), ("comparisons", "Comparisons"), ("subgroups", "Subgroups"), ("arms", "Per arm") };
        if (results.SubgroupCounts.Count > 0) links.Add(("training-data", "Training data"));
        if (HasGeneratorSection) links.Add(("generator", "Generator"));
        if (results.AutoencoderReconstruction is not null) links.Add(("autoencoder", "Autoencoder"));
        links.Add(("methods", "Methods"));
        html.Append("<nav>");
        foreach ((string id, string title) in links) html.Append($"<a href=\"#{id}\">{title}</a>");
        html.Append("</nav>\n");
    }

    private void Claims()
    {
        this.html.Append("<section id=\"claims\">\n<h2>Claims</h2>\n<div class=\"answer\">\n<ul>");
        foreach (Claim claim in results.Claims)
            this.html.Append($"<li><p class=\"sentence\">{HtmlEncode(claim.Sentence)}</p><p>Claim {claim.Number}: <em>{HtmlEncode(claim.Statement)}</em> Rule: {HtmlEncode(claim.Rule)}</p></li>");
        this.html.Append($"</ul>\n<p>{HtmlEncode(ClaimText.Seeds(results.ClassifierClaim.Seeds))}</p>\n");
        if (results.ModelSelection.Length > 0) this.html.Append($"<p><strong>Model selection.</strong> {HtmlEncode(results.ModelSelection)}</p>\n");
        this.html.Append("</div>\n");
        foreach (ReportTable table in claimTables.Generator()) Table(table);
        Table(claimTables.Arms());
        Table(claimTables.Differences());
        this.html.Append("</section>\n");
    }

    private void Answer()
    {
        Headline headline = results.Headline;
        html.Append($"<section id=\"answer\">\n<div class=\"answer\">\n<p class=\"sentence\">{HtmlEncode(headline.Sentence)}</p>\n");
        if (headline.Details.Count > 0)
        {
            html.Append("<ul>");
            foreach (string detail in headline.Details) html.Append($"<li>{HtmlEncode(detail)}</li>");
            html.Append("</ul>\n");
        }
        html.Append("</div>\n");
        Table(tables.Headline());
        html.Append("</section>\n");
    }

    private void Comparisons()
    {
        html.Append("<section id=\"comparisons\">\n<h2>Comparisons between arms</h2>\n");
        Table(tables.Comparisons());
        if (tables.UnderRepresentedDifferences() is { } underRepresented) Table(underRepresented);
        html.Append("</section>\n");
    }

    private void Subgroups()
    {
        html.Append("<section id=\"subgroups\">\n<h2>Accuracy and fairness across subgroups</h2>\n");
        Chart(charts.SubgroupAccuracy,
            "Dots: accuracy; whiskers: cluster-bootstrap interval. Amber rows are under-represented subgroups; faded marks have too few test images to judge; the top row is all test images. Hover a mark for its numbers.");
        Table(tables.Fairness());
        html.Append("</section>\n<section id=\"arms\">\n<h2>Per arm</h2>\n");
        RowLegend();
        foreach (ArmResult arm in results.Arms)
        {
            html.Append("<div class=\"arm\">\n");
            Table(tables.ArmSubgroups(arm));
            html.Append("<details><summary>Spread of every metric across subgroups</summary>\n");
            Table(tables.ArmSpread(arm));
            html.Append("</details>\n</div>\n");
        }
        html.Append("</section>\n");
    }

    private void TrainingData()
    {
        if (results.SubgroupCounts.Count == 0) return;
        html.Append("<section id=\"training-data\">\n<h2>Training data</h2>\n");
        RowLegend();
        Table(tables.SubgroupCounts());
        if (charts.ImageCounts is not null)
            Chart(charts.ImageCounts, "Amber rows are under-represented subgroups, the ones synthetic images were made for.");
        html.Append("</section>\n");
    }

    private bool HasGeneratorSection => charts.RewardCurve is not null || results.GeneratorEvaluation is not null || results.ImageGrids.Count > 0;

    private void Generator()
    {
        if (!HasGeneratorSection) return;
        html.Append("<section id=\"generator\">\n<h2>Generator</h2>\n");
        if (charts.RewardCurve is not null)
            Chart(charts.RewardCurve, "Line: mean reward of the epoch's samples; band: ± one standard deviation.");
        foreach (ReportTable table in tables.GeneratorEvaluation()) Table(table);
        if (results.ImageGrids.Count > 0)
        {
            html.Append("<h3>Synthetic samples beside real ones</h3>\n<div class=\"grids\">\n");
            foreach (ImageGrid grid in results.ImageGrids) Grid(grid);
            html.Append("</div>\n");
        }
        html.Append("</section>\n");
    }

    private void Reconstruction()
    {
        if (results.AutoencoderReconstruction is not { } reconstruction) return;
        html.Append($"<section id=\"autoencoder\">\n<h2>{ReconstructionText.Title}</h2>\n<p>{HtmlEncode(ReconstructionText.Summary(reconstruction))}</p>\n");
        if (tables.ReconstructionAgreement() is { } agreement) Table(agreement);
        if (reconstruction.Image is { } image)
            html.Append($"<figure class=\"reconstruction\"><img alt=\"{HtmlEncode(image.Label)}\" src=\"{DataUri(image.Png)}\"><figcaption>{HtmlEncode(image.Label)}</figcaption></figure>\n");
        html.Append("</section>\n");
    }

    private void Methods()
    {
        ReportSettings settings = results.Settings;
        html.Append($"""
            <section id="methods">
            <h2>Methods</h2>
            <dl class="facts">
            <dt>Test set</dt><dd>{HtmlEncode(settings.TestSetName)} ({NumberFormat.Count(results.Arms[0].TestImages)} real images)</dd>
            <dt>Classes</dt><dd>{HtmlEncode(string.Join(", ", settings.ClassNames))}; positive class {HtmlEncode(settings.PositiveClass)}</dd>
            <dt>Arms</dt><dd>{HtmlEncode(string.Join(", ", results.Arms.Select(arm => $"{arm.Name} ({ArmNames.Describe(arm.Name)})")))}</dd>
            <dt>Too few to judge</dt><dd>subgroups with fewer than {settings.MinimumTestImages} test images: listed, but left out of worst-group, gap and fairness comparisons</dd>
            </dl>
            <h3>Metric definitions</h3>
            <div class="definitions">

            """);
        Definitions(results.MetricDefinitions);
        html.Append("</div>\n");
        Table(tables.Seeds());
        if (results.ConfigurationJson.Length > 0)
            html.Append($"<h3>Configuration</h3>\n<pre><code>{HtmlEncode(results.ConfigurationJson)}</code></pre>\n");
        html.Append("</section>\n");
    }

    /// <summary>The definitions text: a heading line, then "- " items.</summary>
    private void Definitions(string text)
    {
        bool inList = false;
        foreach (string line in text.Split('\n').Select(line => line.TrimEnd()))
        {
            bool isItem = line.StartsWith("- ", StringComparison.Ordinal);
            if (inList && !isItem) html.Append("</ul>\n");
            if (isItem && !inList) html.Append("<ul>\n");
            inList = isItem;
            if (isItem) html.Append($"<li>{HtmlEncode(line[2..])}</li>\n");
            else if (line.Length > 0) html.Append($"<h4>{HtmlEncode(line)}</h4>\n");
        }
        if (inList) html.Append("</ul>\n");
    }

    private void RowLegend() =>
        html.Append($"<p class=\"legend\"><span class=\"swatch\"></span>under-represented subgroup · <em>dimmed rows</em>: fewer than {results.Settings.MinimumTestImages} test images, too few to judge</p>\n");

    // The SVG is markup already, escaped as it was built; its <title> names it for screen readers.
    private void Chart(string svg, string caption) =>
        html.Append($"<figure class=\"chart\">{svg}<figcaption>{HtmlEncode(caption)}</figcaption></figure>\n");

    private void Grid(ImageGrid grid)
    {
        html.Append($"<div class=\"grid\"><h4>{HtmlEncode(grid.Subgroup)}</h4><div class=\"panels\">");
        foreach (ImagePanel panel in grid.Panels)
            html.Append($"<figure><img alt=\"{HtmlEncode(panel.Label)} images of {HtmlEncode(grid.Subgroup)}\" src=\"{DataUri(panel.Png)}\"><figcaption>{HtmlEncode(panel.Label)}</figcaption></figure>");
        html.Append("</div>");
        if (grid.Caption is not null) html.Append($"<p class=\"grid-caption\">{HtmlEncode(grid.Caption)}</p>");
        html.Append("</div>\n");
    }

    private void Table(ReportTable table)
    {
        html.Append($"<div class=\"table-wrap\"><table>\n<caption>{HtmlEncode(table.Title)}</caption>\n<thead><tr>");
        // Arm names are long words joined by underscores: let headings break after them.
        foreach (string column in table.Columns) html.Append($"<th scope=\"col\">{HtmlEncode(column).Replace("_", "_<wbr>")}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (TableRow row in table.Rows)
        {
            html.Append($"<tr{RowClass(row.Marks)}><th scope=\"row\">{HtmlEncode(row.Cells[0].Text)}{Badges(row.Marks)}</th>");
            foreach (TableCell cell in row.Cells.Skip(1)) html.Append($"<td>{Cell(cell)}</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table></div>\n");
        if (table.Note is not null) html.Append($"<p class=\"note\">{HtmlEncode(table.Note)}</p>\n");
    }

    private static string Cell(TableCell cell)
    {
        string verdict = cell.Verdict switch { CellVerdict.Gain => " class=\"gain\"", CellVerdict.Loss => " class=\"loss\"", _ => "" };
        var html = new StringBuilder($"<span{verdict}>{HtmlEncode(cell.Text)}</span>");
        if (cell.Interval is not null) html.Append($"<span class=\"ci\">{HtmlEncode(cell.Interval)}</span>");
        if (cell.Note is not null) html.Append($"<span class=\"cell-note\">{HtmlEncode(cell.Note)}</span>");
        return html.ToString();
    }

    private static string RowClass(RowMarks marks)
    {
        string[] classes =
        [
            .. marks.HasFlag(RowMarks.Total) ? ["total"] : Array.Empty<string>(),
            .. marks.HasFlag(RowMarks.UnderRepresented) ? ["rare"] : Array.Empty<string>(),
            .. marks.HasFlag(RowMarks.TooFewToJudge) ? ["small"] : Array.Empty<string>(),
        ];
        return classes.Length == 0 ? "" : $" class=\"{string.Join(' ', classes)}\"";
    }

    private string Badges(RowMarks marks)
    {
        string badges =
            (marks.HasFlag(RowMarks.UnderRepresented) ? "<span class=\"badge rare\">under-represented</span>" : "") +
            (marks.HasFlag(RowMarks.TooFewToJudge) ? $"<span class=\"badge small\">too few to judge (n &lt; {results.Settings.MinimumTestImages})</span>" : "");
        return badges.Length == 0 ? "" : $"<span class=\"badges\">{badges}</span>";
    }

    private static string DataUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);
}
