namespace DataPlatform.Profiling;

/// <summary>
/// The file cannot be profiled as a table: malformed CSV or Parquet, a limit exceeded. The message
/// names the row and column where known; nothing has been kept.
/// </summary>
public sealed class InvalidDataFileException : Exception
{
    public InvalidDataFileException(string message, long? row = null, string? column = null, Exception? inner = null)
        : base(Describe(message, row, column), inner)
    {
        Row = row;
        Column = column;
    }

    /// <summary>1-based data row (the header is row 0), when the problem is in a row.</summary>
    public long? Row { get; }

    public string? Column { get; }

    private static string Describe(string message, long? row, string? column) =>
        (row, column) switch
        {
            ({ } r, { } c) => $"Row {r}, column '{c}': {message}",
            ({ } r, null) => $"Row {r}: {message}",
            (null, { } c) => $"Column '{c}': {message}",
            _ => message,
        };
}
