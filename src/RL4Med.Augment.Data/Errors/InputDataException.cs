namespace RL4Med.Augment.Data.Errors;

/// <summary>
/// Bad user input: a file, a row in it, or a configuration option. The message always names where the
/// problem is, so the command line can print it as the one error line and exit non-zero. A command run out of order
/// (an earlier stage's output missing) is a <see cref="WorkflowStateException"/> instead.
/// </summary>
public sealed class InputDataException : Exception
{
    public InputDataException(string message, string? file = null, int? row = null, Exception? inner = null)
        : base(Compose(message, file, row), inner)
    {
        File = file;
        Row = row;
    }

    /// <summary>The file at fault, when there is one.</summary>
    public string? File { get; }

    /// <summary>1-based data row (the header is row 0), when the fault is in one row.</summary>
    public int? Row { get; }

    private static string Compose(string message, string? file, int? row) => (file, row) switch
    {
        (null, _) => message,
        (_, null) => $"{file}: {message}",
        _ => $"{file}, row {row}: {message}",
    };
}
