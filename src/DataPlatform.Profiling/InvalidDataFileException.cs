namespace DataPlatform.Profiling;

/// <summary>
/// The file cannot be profiled as a table: malformed CSV or Parquet, a limit exceeded. The message
/// names where: for CSV the line of the file (1-based, the header is line 1) and the column, for
/// Parquet the row; nothing has been kept.
/// </summary>
public sealed class InvalidDataFileException : Exception
{
    public InvalidDataFileException(string message, long? row = null, string? column = null, Exception? inner = null, long? line = null)
        : base(Describe(message, row, line, column), inner)
    {
        Row = row;
        Line = line;
        Column = column;
        Reason = message;
    }

    /// <summary>1-based data row (the header is row 0), when the problem is in a row.</summary>
    public long? Row { get; }

    /// <summary>The 1-based line of a CSV file where the row starts (the header is line 1; a quoted field may span lines).</summary>
    public long? Line { get; }

    public string? Column { get; }

    /// <summary>What is wrong, without where.</summary>
    public string Reason { get; }

    /// <summary>The same problem, said with the line of the file it is on.</summary>
    public InvalidDataFileException AtLine(long line) => new(Reason, Row, Column, InnerException, line);

    private static string Describe(string message, long? row, long? line, string? column) =>
        (line is not null ? $"Line {line}" : row is not null ? $"Row {row}" : null, column) switch
        {
            ({ } where, { } c) => $"{where}, column '{c}': {message}",
            ({ } where, null) => $"{where}: {message}",
            (null, { } c) => $"Column '{c}': {message}",
            _ => message,
        };
}
