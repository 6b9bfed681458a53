using CsvHelper;
using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling;

/// <summary>
/// How a CSV file is read: its text encoding and whether its first row names the columns. Detected
/// when the file is profiled (<see cref="SourceDescription.Dialect"/>) and given back to every later
/// read of the file, so that the preview, the downloads and the drift read what the profile read.
/// The separator is detected again by each read, the same way.
/// </summary>
/// <param name="Encoding"><see cref="Utf8"/>, <see cref="Utf16LittleEndian"/>, <see cref="Utf16BigEndian"/> or <see cref="Windows1252"/>.</param>
/// <param name="HeaderRow">Whether the first row names the columns; without one they are named 0, 1, 2... as pandas names them.</param>
public sealed record CsvDialect(string Encoding, bool HeaderRow)
{
    public const string Utf8 = "utf-8";
    public const string Utf16LittleEndian = "utf-16le";
    public const string Utf16BigEndian = "utf-16be";
    public const string Windows1252 = "windows-1252";

    /// <summary>How files profiled before detection were read: UTF-8 (UTF-16 with a byte order mark) with a header row.</summary>
    public static CsvDialect Default { get; } = new(Utf8, HeaderRow: true);

    /// <summary>Reader options for <paramref name="path"/> in this dialect, on top of <paramref name="options"/>.</summary>
    internal CsvReaderOptions Apply(CsvReaderOptions options, string path) =>
        options with { HasHeader = options.HasHeader && HeaderRow, Encoding = TextEncodings.ForReader(Encoding, path) };
}
