using RL4Med.Augment.TestSupport;
using RL4Med.Augment.Data.Configuration;
using SkiaSharp;

namespace RL4Med.Augment.Data.Tests.Fixtures;

/// <summary>
/// A small dataset in the real HAM10000 + ISIC-2019 formats: metadata CSV, JPEG folder and artifact CSV.
/// 24 lesions (12 nv, 8 mel, 4 bkl), some with two images; half the mel/nv images carry artifact annotations.
/// </summary>
public sealed class HamLikeDataset
{
    public HamLikeDataset(TemporaryDirectory folder)
    {
        Root = folder.Path;
        var metadata = new List<string> { "lesion_id,image_id,dx,dx_type,age,sex,localization" };
        var annotations = new List<string> { "image,MEL,NV,dark_corner,hair,gel_border,gel_bubble,ruler,ink,patches,vasc,label" };
        int image = 0;
        for (int lesion = 0; lesion < 24; lesion++)
        {
            string dx = lesion < 12 ? "nv" : lesion < 20 ? "mel" : "bkl";
            int photos = lesion % 3 == 0 ? 2 : 1;
            for (int p = 0; p < photos; p++, image++)
            {
                string id = $"ISIC_{image:D7}";
                string age = lesion % 5 == 0 ? "" : $"{30 + lesion * 2}.0";
                string sex = lesion % 7 == 0 ? "unknown" : lesion % 2 == 0 ? "male" : "female";
                metadata.Add($"HAM_{lesion:D7},{id},{dx},histo,{age},{sex},back");
                if (dx != "bkl" && image % 2 == 0)
                {
                    string mel = dx == "mel" ? "1.0" : "0.0", nv = dx == "nv" ? "1.0" : "0.0";
                    annotations.Add($"{id},{mel},{nv},0,{image % 4 / 2},0,0,{(image % 3 == 0 ? 1 : 0)},0,0,0,{(dx == "mel" ? 1 : 0)}");
                }
                TestImages.WriteJpeg(Path.Combine(Root, "ham", "images", id + ".jpg"), 40, 30, new SKColor(200, 150, (byte)(image * 7)));
                ImageIds.Add(id);
            }
        }
        File.WriteAllLines(MetadataPath, metadata);
        Directory.CreateDirectory(Path.Combine(Root, "isic"));
        File.WriteAllLines(AnnotationsPath, annotations);
    }

    public string Root { get; }

    public string MetadataPath => Path.Combine(Root, "ham", "HAM10000_metadata.csv");

    public string AnnotationsPath => Path.Combine(Root, "isic", "isic2019_all.csv");

    public List<string> ImageIds { get; } = new();

    /// <summary>A configuration like <c>pipelines/ham10000.json</c> pointing at this dataset, with its run folder inside it.</summary>
    public DataConfig Config(params string[] keep) => new()
    {
        Name = "hamlike",
        Seed = 3,
        RunFolder = Path.Combine(Root, "run"),
        Dataset = new DatasetConfig
        {
            Source = "ham10000",
            Files = new TabularSourceConfig
            {
                Metadata = "ham/HAM10000_metadata.csv",
                ImageFolder = "ham/images",
                Annotations = "isic/isic2019_all.csv",
            },
            Diagnoses = new() { ["mel"] = "melanoma", ["nv"] = "nevus", ["bkl"] = "benign keratosis" },
            Keep = keep.ToList(),
            Attributes = new()
            {
                new AttributeConfig { Name = "hair", Kind = AttributeKind.Binary },
                new AttributeConfig { Name = "ruler", Kind = AttributeKind.Binary },
                new AttributeConfig { Name = "sex", Kind = AttributeKind.Categorical, Values = new() { "male", "female" } },
                new AttributeConfig { Name = "age_band", Kind = AttributeKind.Categorical, Column = "age", Bands = new() { 40, 60 } },
            },
        },
        Images = new ImageConfig { Size = 16 },
        Split = new SplitConfig { Train = 0.5, Validation = 0.25, Test = 0.25 },
        Subgroups = new SubgroupConfig { By = "diagnosis x hair", MinTrainImages = 3 },
    };
}
