using DataPlatform.Domain.Datasets;

namespace DataPlatform.Features.Platform.Datasets.GetDataset;

/// <summary>What was detected in a CSV file when it was uploaded.</summary>
/// <param name="Encoding">utf-8, utf-16le, utf-16be or windows-1252.</param>
/// <param name="Separator">The field separator: <c>,</c> <c>;</c> a tab or <c>|</c>.</param>
/// <param name="HeaderRow">Whether the first row names the columns; when it is data, the columns are named 0, 1, 2... as pandas names them.</param>
public sealed record CsvReading(string Encoding, string Separator, bool HeaderRow)
{
    public static CsvReading? Of(DatasetVersionRow? version) =>
        version is { CsvEncoding: { } encoding, CsvSeparator: { } separator } ? new CsvReading(encoding, separator, version.CsvHeaderRow != 0) : null;
}
