using Microsoft.ML;
using Microsoft.ML.Data;
using RL4Med.Augment.Classification.Training;

namespace RL4Med.Augment.Classification.Tests;

public class SchemaTests
{
    private const int Size = 4; // 3*4*4 = 48 values
    private readonly MLContext ml = new(seed: 1);

    private static TorchImageClassificationTrainer Trainer(int imageSize = Size) =>
        new(new TorchImageClassificationTrainer.Options { ImageSize = imageSize, Widths = new[] { 8 }, Epochs = 1, Device = "cpu" });

    private IDataView Rows<T>(params T[] rows) where T : class => ml.Data.LoadFromEnumerable(rows);

    private IDataView Keyed(IDataView data) => ml.Transforms.Conversion.MapValueToKey("Label").Fit(data).Transform(data);

    private static readonly GoodRow[] TwoClasses =
    {
        new() { Label = "a", Pixels = new float[48] },
        new() { Label = "b", Pixels = new float[48] },
    };

    [Fact]
    public void MissingPixelColumnIsNamed()
    {
        var data = Keyed(Rows(new NoPixelsRow { Label = "a" }, new NoPixelsRow { Label = "b" }));
        var error = Assert.ThrowsAny<ArgumentException>(() => Trainer().Fit(data));
        Assert.Contains("column 'Pixels' must be a known-size vector of Single of length 3*S*S = 48 (S = 4)", error.Message);
        Assert.Contains("no such column", error.Message);
    }

    [Fact]
    public void PixelVectorOfTheWrongLengthIsNamedWithBothLengths()
    {
        var data = Keyed(Rows(TwoClasses));
        var error = Assert.ThrowsAny<ArgumentException>(() => Trainer(imageSize: 8).Fit(data));
        Assert.Contains("column 'Pixels' must be a known-size vector of Single of length 3*S*S = 192 (S = 8)", error.Message);
        Assert.Contains("Vector<Single, 48>", error.Message);
    }

    [Fact]
    public void TextLabelIsRefusedAsNotAKey()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Trainer().Fit(Rows(TwoClasses)));
        Assert.Contains("label column 'Label' must be a key column with text key values", error.Message);
        Assert.Contains("but it is String", error.Message);
    }

    [Fact]
    public void SchemaShapeChecksNameTheColumns()
    {
        var keyed = Keyed(Rows(TwoClasses));
        var noLabel = ml.Transforms.DropColumns("Label").Fit(keyed).Transform(keyed);
        var labelError = Assert.ThrowsAny<ArgumentException>(() => Trainer().GetOutputSchema(Shapes.Of(noLabel.Schema)));
        Assert.Contains("label column 'Label'", labelError.Message);

        var variable = Keyed(Rows(new VariableRow { Label = "a", Pixels = new float[48] }));
        var pixelError = Assert.ThrowsAny<ArgumentException>(() => Trainer().GetOutputSchema(Shapes.Of(variable.Schema)));
        Assert.Contains("column 'Pixels' must be a known-size vector of Single", pixelError.Message);
        Assert.Contains("variable-length vector of Single", pixelError.Message);

        var output = Trainer().GetOutputSchema(Shapes.Of(keyed.Schema));
        var score = output.Single(c => c.Name == "Score");
        Assert.Equal((SchemaShape.Column.VectorKind.Vector, NumberDataViewType.Single), (score.Kind, score.ItemType));
        var predicted = output.Single(c => c.Name == "PredictedLabel");
        Assert.True(predicted.IsKey);
    }

    [Fact]
    public void TrainedModelNamesAMissingPixelColumnWhenScoring()
    {
        var model = Trainer().Fit(Keyed(Rows(TwoClasses)));
        var error = Assert.ThrowsAny<ArgumentException>(() => model.Transform(Rows(new NoPixelsRow { Label = "a" })));
        Assert.Contains("column 'Pixels'", error.Message);
    }

    private sealed class GoodRow
    {
        public string Label { get; set; } = "";

        [VectorType(48)]
        public float[] Pixels { get; set; } = Array.Empty<float>();
    }

    private sealed class VariableRow
    {
        public string Label { get; set; } = "";
        public float[] Pixels { get; set; } = Array.Empty<float>();
    }

    private sealed class NoPixelsRow
    {
        public string Label { get; set; } = "";
    }
}
