using RL4Med.Augment.TestSupport;
using Spectre.Console.Testing;

namespace RL4Med.Augment.Pipeline.Tests;

/// <summary>
/// A test that runs the command line in its own empty folder (with <c>pipelines/</c>), as the current folder, and
/// deletes it afterwards. Such tests share <see cref="WorkingDirectory.Collection"/>, as the current folder is global.
/// </summary>
public abstract class TemporaryWorkingFolder : IDisposable
{
    private readonly string previousDirectory = Directory.GetCurrentDirectory();

    protected TemporaryWorkingFolder(string purpose)
    {
        Folder = RepositoryFiles.Path(Path.Combine("artifacts", "test-temp", purpose, Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(Path.Combine(Folder, "pipelines"));
        Directory.SetCurrentDirectory(Folder);
    }

    /// <summary>The folder the commands run in.</summary>
    protected string Folder { get; }

    public void Dispose()
    {
        Directory.SetCurrentDirectory(previousDirectory);
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs the command line with <paramref name="args"/>; returns its exit code and everything it printed.</summary>
    protected static (int Code, string Output) Run(params string[] args) => Run(args, CancellationToken.None);

    /// <summary>Runs the command line with <paramref name="args"/> and a cancellation token, as a signal would cancel it.</summary>
    protected static (int Code, string Output) Run(string[] args, CancellationToken cancellation)
    {
        var console = new TestConsole();
        console.Profile.Width = 400;
        int code = PipelineApp.Run(args, console, cancellation);
        return (code, console.Output);
    }
}
