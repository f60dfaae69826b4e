using SkiaSharp;
using TorchSharp;
using static TorchSharp.torch;

namespace RL4Med.Augment.Diffusion.Sampling;

/// <summary>Writes images as a PNG grid with a word-wrapped caption under each image.</summary>
public static class ImageGridWriter
{
    /// <summary>
    /// Writes <paramref name="images"/> [N, 3, H, W] with values in [-1, 1] (clamped) to <paramref name="path"/>,
    /// captioned with <paramref name="captions"/> (one per image), creating the folder if needed.
    /// </summary>
    public static void Write(string path, Tensor images, IReadOnlyList<string> captions, ImageGridOptions? options = null)
    {
        options ??= new ImageGridOptions();
        if (images.dim() != 4 || images.shape[1] != 3)
            throw new ArgumentException($"Expected RGB images [N, 3, H, W], got [{string.Join(", ", images.shape)}].", nameof(images));
        var count = (int)images.shape[0];
        if (captions.Count != count)
            throw new ArgumentException($"{count} images but {captions.Count} captions.", nameof(captions));

        using var typeface = SKTypeface.FromFamilyName("DejaVu Sans"); // the closest installed face if absent
        using var font = new SKFont(typeface, options.FontSize);
        using var textPaint = new SKPaint { IsAntialias = true, Color = SKColors.Black };
        var lineHeight = font.Spacing;
        var wrapped = captions.Select(c => Wrap(c, font, options.CellSize)).ToArray();
        var captionHeight = (int)Math.Ceiling(wrapped.Max(lines => lines.Count) * lineHeight);

        var columns = Math.Min(options.Columns, count);
        var rows = (count + columns - 1) / columns;
        var cellWidth = options.CellSize + options.Margin;
        var cellHeight = options.CellSize + captionHeight + 2 * options.Margin;
        using var grid = new SKBitmap(columns * cellWidth + options.Margin, rows * cellHeight + options.Margin);
        using var canvas = new SKCanvas(grid);
        canvas.Clear(SKColors.White);
        using var imagePaint = new SKPaint();

        var pixels = ToRgba(images);
        var (height, width) = ((int)images.shape[2], (int)images.shape[3]);
        for (var i = 0; i < count; i++)
        {
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
            System.Runtime.InteropServices.Marshal.Copy(pixels, i * width * height * 4, bitmap.GetPixels(), width * height * 4);
            var left = options.Margin + i % columns * cellWidth;
            var top = options.Margin + i / columns * cellHeight;
            canvas.DrawBitmap(bitmap, new SKRect(left, top, left + options.CellSize, top + options.CellSize), imagePaint);
            for (var line = 0; line < wrapped[i].Count; line++)
                canvas.DrawText(wrapped[i][line], left, top + options.CellSize + options.Margin + (line + 1) * lineHeight - font.Metrics.Descent, SKTextAlign.Left, font, textPaint);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var image = SKImage.FromBitmap(grid);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        png.SaveTo(file);
    }

    // [N, 3, H, W] in [-1, 1] -> RGBA bytes, image after image.
    private static byte[] ToRgba(Tensor images)
    {
        using var scope = torch.NewDisposeScope();
        var values = images.detach().to(ScalarType.Float32).cpu().clamp(-1, 1).add(1).mul(127.5).round()
            .permute(0, 2, 3, 1).contiguous().data<float>().ToArray();
        var rgba = new byte[values.Length / 3 * 4];
        for (int source = 0, target = 0; source < values.Length; source += 3, target += 4)
        {
            rgba[target] = (byte)values[source];
            rgba[target + 1] = (byte)values[source + 1];
            rgba[target + 2] = (byte)values[source + 2];
            rgba[target + 3] = 255;
        }
        return rgba;
    }

    // Greedy word wrap to the cell width; a word wider than the cell gets a line of its own.
    private static IReadOnlyList<string> Wrap(string caption, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in caption.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
