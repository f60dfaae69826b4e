namespace RL4Med.Augment.TestSupport;

/// <summary>
/// A fresh folder for one test, deleted on dispose. It lies inside the repository, under the ignored
/// <c>artifacts/test-temp/</c>, so that the tests write no file outside the repository.
/// </summary>
public sealed class TemporaryDirectory : IDisposable
{
    /// <summary>Creates <c>artifacts/test-temp/&lt;purpose&gt;/&lt;random&gt;/</c>.</summary>
    public TemporaryDirectory(string purpose = "tests")
    {
        Path = RepositoryFiles.Path(System.IO.Path.Combine("artifacts", "test-temp", purpose, Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The path of <paramref name="relative"/> inside the folder.</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Every file below the folder, relative, sorted: to check what a failed command left behind.</summary>
    public IReadOnlyList<string> ListFiles() =>
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(Path, file)).Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file; the folder is ignored by git and goes with the next clean.
        }
    }
}
