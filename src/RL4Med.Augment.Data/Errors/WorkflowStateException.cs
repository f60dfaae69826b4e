namespace RL4Med.Augment.Data.Errors;

/// <summary>
/// A command run out of order: an earlier stage's output is missing, or a checkpoint is in the way. The input is
/// fine; the message names the file or folder and the command that puts it right, so the command line prints it as
/// the one error line and exits non-zero, as it does for <see cref="InputDataException"/>.
/// </summary>
public sealed class WorkflowStateException(string message, string? path = null)
    : Exception(path is null ? message : $"{path}: {message}")
{
    /// <summary>The missing or blocking file or folder, when there is one.</summary>
    public string? Path { get; } = path;
}
