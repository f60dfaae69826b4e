using RL4Med.Augment.Data.Experiment;
using RL4Med.Augment.Reporting.Computation;
using RL4Med.Augment.Reporting.Inputs;
using RL4Med.Augment.Reporting.Rendering;

namespace RL4Med.Augment.Reporting.Tests;

/// <summary>Reports with the optional parts missing still render whole.</summary>
public sealed class SparseReportTests
{
    private const string Absent = "diagnosis=mel, ink=1, ruler=1";

    [Fact]
    public void An_under_represented_subgroup_without_test_images_gets_a_row_that_says_so()
    {
        ReportInputs inputs = Build.Inputs(Build.ThreeQuarters(ArmNames.Oversampling), Build.ThreeQuarters(ArmNames.DdpoAugmented)) with
        {
            UnderRepresentedSubgroups = new HashSet<string> { Build.Rare, Absent },
        };

        string markdown = ReportWriter.Markdown(ReportComputation.Run(inputs));

        Assert.Contains($"| {Absent} ⚑ under-represented _(too few to judge, n < 2)_ | 0 | — |", markdown);
    }

    [Fact]
    public void A_single_arm_without_counts_curve_evaluation_or_grids_renders_one_chart_and_no_comparison()
    {
        ReportResults results = ReportComputation.Run(Build.Inputs(Build.ThreeQuarters(ArmNames.RealOnly)));

        string html = ReportWriter.Html(results);
        string markdown = ReportWriter.Markdown(results);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<svg"));
        Assert.DoesNotContain("data:image/png", html);
        Assert.DoesNotContain("Accuracy in the under-represented subgroups", markdown);
        Assert.DoesNotContain("id=\"generator\"", html);
        Assert.Contains("lacks the 'ddpo_augmented' arm and the 'oversampling' arm", results.Headline.Sentence);
    }
}
