using RL4Med.Augment.Data.Errors;
using RL4Med.Augment.Reporting.Inputs;

namespace RL4Med.Augment.Reporting.Tests;

public sealed class PredictionsCsvTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("predictions-csv-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Round_trip_keeps_ids_lesions_subgroups_labels_and_exact_scores()
    {
        ArmPredictions written = Build.ThreeQuarters("ddpo_augmented");
        string path = Path.Combine(folder, "ddpo.csv");

        PredictionsCsv.Write(path, written);
        ArmPredictions read = PredictionsCsv.Read(path, "ddpo_augmented", "mel");

        Assert.Equal("ddpo_augmented", read.Name);
        Assert.Equal(written.SampleIds, read.SampleIds);
        Assert.Equal(written.Predictions.ClassNames, read.Predictions.ClassNames);
        Assert.Equal("mel", read.Predictions.PositiveClass);
        Assert.Equal(written.Predictions.Count, read.Predictions.Count);
        for (int row = 0; row < written.Predictions.Count; row++)
        {
            var expected = written.Predictions.Rows[row];
            var actual = read.Predictions.Rows[row];
            Assert.Equal((expected.TrueLabel, expected.PredictedLabel, expected.Group, expected.Cluster), (actual.TrueLabel, actual.PredictedLabel, actual.Group, actual.Cluster));
            Assert.Equal(expected.Scores, actual.Scores);
        }
    }

    [Fact]
    public void Header_is_the_documented_format_and_subgroup_keys_with_commas_are_quoted()
    {
        string path = Path.Combine(folder, "arm.csv");
        PredictionsCsv.Write(path, Build.ThreeQuarters("real_only"));

        string[] lines = File.ReadAllLines(path);
        Assert.Equal("sample_id,group_id,subgroup,label,predicted,score:nv,score:mel", lines[0]);
        Assert.Equal("img000,lesion0,\"diagnosis=nv, ink=0\",nv,nv,0.9,0.1", lines[1]);
    }

    [Fact]
    public void A_bad_score_is_an_error_naming_the_file_and_row()
    {
        string path = WriteFile(
            "sample_id,group_id,subgroup,label,predicted,score:nv,score:mel",
            "a,l1,g,nv,nv,0.9,0.1",
            "b,l2,g,mel,mel,high,0.8");

        var error = Assert.Throws<InputDataException>(() => PredictionsCsv.Read(path, "real_only", "mel"));

        Assert.Equal(path, error.File);
        Assert.Equal(2, error.Row);
        Assert.Contains($"{path}, row 2", error.Message);
        Assert.Contains("'score:nv' must be a finite number, not 'high'", error.Message);
    }

    [Theory]
    [InlineData("c,l3,g,scc,nv,0.9,0.1", "label 'scc' is not one of the classes: nv, mel")]
    [InlineData("c,l3,g,nv,scc,0.9,0.1", "predicted 'scc' is not one of the classes: nv, mel")]
    [InlineData("a,l3,g,nv,nv,0.9,0.1", "duplicate sample id 'a' (first in row 1)")]
    [InlineData("c,,g,nv,nv,0.9,0.1", "'group_id' is empty")]
    [InlineData("c,l3,g,nv,nv,0.9", "6 fields where the header has 7")]
    public void Every_bad_row_names_its_row(string badRow, string expected)
    {
        string path = WriteFile("sample_id,group_id,subgroup,label,predicted,score:nv,score:mel", "a,l1,g,nv,nv,0.9,0.1", badRow);

        var error = Assert.Throws<InputDataException>(() => PredictionsCsv.Read(path, "real_only", "mel"));

        Assert.Equal(2, error.Row);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_missing_column_or_positive_class_is_an_error_naming_the_header()
    {
        string noSubgroup = WriteFile("sample_id,group_id,label,predicted,score:nv,score:mel", "a,l1,nv,nv,0.9,0.1");
        string noMelanoma = WriteFile("sample_id,group_id,subgroup,label,predicted,score:nv,score:bkl", "a,l1,g,nv,nv,0.9,0.1");

        Assert.Contains("required column 'subgroup' is missing", Assert.Throws<InputDataException>(() => PredictionsCsv.Read(noSubgroup, "x", "mel")).Message);
        var error = Assert.Throws<InputDataException>(() => PredictionsCsv.Read(noMelanoma, "x", "mel"));
        Assert.Equal(0, error.Row);
        Assert.Contains("no score column for the positive class 'mel'", error.Message);
    }

    private string WriteFile(params string[] lines)
    {
        string path = Path.Combine(folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllLines(path, lines);
        return path;
    }
}
