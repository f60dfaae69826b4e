namespace RL4Med.Augment.TestSupport;

/// <summary>Files of the repository the tests run in (the shipped configurations, the scratch folder).</summary>
public static class RepositoryFiles
{
    /// <summary>The folder holding <c>RL4Med.Augment.sln</c>, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The absolute path of <paramref name="relative"/> (to the repository root).</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(System.IO.Path.Combine(directory.FullName, "RL4Med.Augment.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("the tests run outside the repository");
    }
}
