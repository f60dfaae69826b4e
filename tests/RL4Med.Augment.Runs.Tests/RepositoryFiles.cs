namespace RL4Med.Augment.Runs.Tests;

/// <summary>Files of the repository the tests run in (the shipped pipelines).</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "RL4Med.Augment.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("not inside the repository");
        }
    }

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);
}
