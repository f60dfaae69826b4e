using Microsoft.ML;
using Microsoft.ML.Data;

namespace RL4Med.Augment.Classification.Tests;

[Collection(TinyTaskCollection.Name)]
public class PersistenceTests(TinyTask task)
{
    [Fact]
    public void SavedModelLoadsInAFreshContextAndScoresIdenticallyToTheBit()
    {
        string zip = Path.Combine(task.Folder, "classifier.zip");
        task.Ml.Model.Save(task.Model, task.Test.Schema, zip);

        // A new context that was never told about this assembly: the zip alone must do.
        var loaded = new MLContext(seed: 7).Model.Load(zip, out var inputSchema);
        Assert.NotNull(inputSchema.GetColumnOrNull("ImagePath"));

        var before = task.Model.Transform(task.Test);
        var after = loaded.Transform(task.Test);
        Assert.Equal(TinyTask.Scores(before), TinyTask.Scores(after));
        Assert.Equal(TinyTask.PredictedKeys(before), TinyTask.PredictedKeys(after));
        Assert.Equal(before.Schema["Score"].Type, after.Schema["Score"].Type);
        Assert.Equal(before.Schema["PredictedLabel"].Type, after.Schema["PredictedLabel"].Type);
        Assert.Equal(TinyTask.KeyValues(before.Schema["PredictedLabel"]), TinyTask.KeyValues(after.Schema["PredictedLabel"]));
    }

    [Fact]
    public void LoadedModelHasNoWorkingColumnsLeft()
    {
        var scored = task.Model.Transform(task.Test);
        Assert.DoesNotContain(scored.Schema, c => c.Name.StartsWith("RL4Med.", StringComparison.Ordinal));
        Assert.Equal(new VectorDataViewType(NumberDataViewType.Single, 3), scored.Schema["Score"].Type);
    }
}
