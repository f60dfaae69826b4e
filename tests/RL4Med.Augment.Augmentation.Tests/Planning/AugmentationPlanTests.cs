using RL4Med.Augment.Augmentation.Planning;
using RL4Med.Augment.Augmentation.Tests.Support;
using RL4Med.Augment.Data.Configuration;
using RL4Med.Augment.Data.Manifest;
using RL4Med.Augment.Data.Subgroups;

namespace RL4Med.Augment.Augmentation.Tests.Planning;

public sealed class AugmentationPlanTests
{
    private static readonly DatasetConfig Dataset = TinyRun.Config().Dataset;
    private static readonly SubgroupSpec ByDiagnosisAndInk = SubgroupSpec.Parse("diagnosis x ink", Dataset.Attributes);
    private static readonly UnderRepresentationRule AtLeastTen = new(MinTrainImages: 10, MinFractionOfLargest: 0);
    private static readonly QuotaConfig Generous = new() { MaxPerSubgroup = 100, MaxTotal = 100 };

    // 30 nevi without ink, 12 melanomas without ink, 3 melanomas with ink, no nevus with ink.
    private static List<ManifestRow> Rows() =>
        Make("nv", "0", 30).Concat(Make("mel", "0", 12)).Concat(Make("mel", "1", 3)).ToList();

    private static IEnumerable<ManifestRow> Make(string diagnosis, string ink, int count) =>
        Enumerable.Range(0, count).Select(i => new ManifestRow
        {
            SampleId = $"{diagnosis}-{ink}-{i:D2}",
            ImagePath = $"/data/{diagnosis}-{ink}-{i:D2}.png",
            GroupId = $"{diagnosis}-{ink}-{i:D2}",
            Diagnosis = diagnosis,
            Split = SplitNames.Train,
            Attributes = new Dictionary<string, string?>
            {
                ["hair"] = (i % 2).ToString(),
                ["ink"] = ink,
                ["skin_type"] = new[] { "I", "II", "III" }[i % 3],
                ["sex"] = "female",
            },
        });

    private static AugmentationPlan Plan(IReadOnlyList<ManifestRow> rows, QuotaConfig? quota = null, int seed = 5) =>
        AugmentationPlan.Create(rows, Dataset, ByDiagnosisAndInk, AtLeastTen, quota ?? Generous, seed);

    [Fact]
    public void UnderRepresentedSubgroupsGetTheQuotaUpToTheTarget()
    {
        var plan = Plan(Rows());

        Assert.Equal(new[] { "diagnosis=mel, ink=1", "diagnosis=nv, ink=1" }, plan.Subgroups.Select(s => s.Key.Text));
        Assert.Equal(new[] { 3, 0 }, plan.Subgroups.Select(s => s.Quota.RealTrain));
        Assert.Equal(new[] { 10, 10 }, plan.Subgroups.Select(s => s.Quota.Target));
        Assert.Equal(new[] { 7, 10 }, plan.Subgroups.Select(s => s.Quota.Add));
        Assert.Equal(Enumerable.Range(0, 17), plan.Images.Select(i => i.Index));
        Assert.All(plan.Subgroups, s => Assert.Equal(Enumerable.Range(0, s.Quota.Add), s.Images.Select(i => i.Ordinal)));
    }

    [Fact]
    public void PromptsFixTheKeyAndBorrowTheOtherValuesFromRealRowsOfTheDiagnosis()
    {
        var rows = Rows();
        var plan = Plan(rows);

        foreach (var image in plan.Images)
        {
            Assert.Equal(image.Key["diagnosis"], image.Spec.Diagnosis);
            Assert.Equal("1", image.Spec.Attributes["ink"]);
            // Like every training prompt of these rows, the prompt states all flags and the skin type.
            Assert.Equal(new[] { "hair", "ink", "skin_type" }, image.Spec.Attributes.Keys.Order());
            Assert.Contains("ink markings", image.Prompt);
            Assert.StartsWith($"a dermoscopic image of {(image.Spec.Diagnosis == "mel" ? "melanoma" : "nevus")} showing", image.Prompt);
            Assert.Contains(rows, r => r.Diagnosis == image.Spec.Diagnosis && r.Attributes["hair"] == image.Spec.Attributes["hair"]
                                       && r.Attributes["skin_type"] == image.Spec.Attributes["skin_type"]);
        }
        Assert.Equal(2, plan.Images.Select(i => i.Spec.Attributes["hair"]).Distinct().Count()); // donors vary
        Assert.Equal(3, plan.Images.Select(i => i.Spec.Attributes["skin_type"]).Distinct().Count());
    }

    [Fact]
    public void SeedsArePinnedHashesOfMasterSeedKeyAndOrdinal()
    {
        var plan = Plan(Rows());
        var reordered = Plan(Rows().AsEnumerable().Reverse().ToList());
        // Capping the total shrinks both subgroups, but the images both plans share keep their seeds and prompts.
        var capped = Plan(Rows(), new QuotaConfig { MaxPerSubgroup = 100, MaxTotal = 5 });

        Assert.Equal(plan.Fingerprint, reordered.Fingerprint);
        Assert.All(plan.Images, i => Assert.Equal(ImageSeeds.Noise(5, i.Key, i.Ordinal), i.Seed));
        Assert.Equal(1449613179805964464L, plan.Images[0].Seed); // the same in every process, on every machine
        Assert.Equal(plan.Images.Count, plan.Images.Select(i => i.Seed).Distinct().Count());
        foreach (var image in capped.Images)
        {
            var same = plan.Images.Single(i => i.Key.Equals(image.Key) && i.Ordinal == image.Ordinal);
            Assert.Equal((same.Seed, same.Prompt), (image.Seed, image.Prompt));
        }
        Assert.NotEqual(plan.Fingerprint, Plan(Rows(), seed: 6).Fingerprint);
    }

    [Fact]
    public void TheTableListsEachSubgroupWithAnExamplePrompt()
    {
        var plan = Plan(Rows());

        var lines = plan.ToTable().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, lines.Length);
        Assert.Matches(@"^subgroup\s+real\s+target\s+add\s+example prompt$", lines[0]);
        Assert.Matches(@"^diagnosis=mel, ink=1\s+3\s+10\s+7\s+a dermoscopic image of melanoma showing .*ink markings on type I+ skin$", lines[1]);
        Assert.Matches(@"^diagnosis=nv, ink=1\s+0\s+10\s+10\s+a dermoscopic image of nevus", lines[2]);
        Assert.Matches(@"^total\s+3\s+17$", lines[3]);
    }

    [Fact]
    public void ASubgroupAttributeThatPromptsCannotStateIsRefused()
    {
        var bySex = SubgroupSpec.Parse("diagnosis x sex", Dataset.Attributes);

        var error = Assert.Throws<ArgumentException>(() => AugmentationPlan.Create(Rows(), Dataset, bySex, AtLeastTen, Generous, 5));

        Assert.Contains("'sex'", error.Message);
    }

    [Fact]
    public void OnlyRealTrainingRowsArePlannedFrom()
    {
        var rows = Rows();
        rows[0] = new ManifestRow
        {
            SampleId = "v1", ImagePath = "/v1.png", GroupId = "v1", Diagnosis = "nv", Split = SplitNames.Validation,
            Attributes = rows[0].Attributes,
        };

        var error = Assert.Throws<ArgumentException>(() => Plan(rows));

        Assert.Contains("'v1'", error.Message);
    }
}
