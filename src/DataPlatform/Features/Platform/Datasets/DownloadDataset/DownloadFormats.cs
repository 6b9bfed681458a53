namespace DataPlatform.Features.Platform.Datasets.DownloadDataset;

/// <summary>The download formats and their media types.</summary>
public static class DownloadFormats
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    public const string Parquet = "parquet";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Csv] = "text/csv; charset=utf-8",
        [Xlsx] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [Parquet] = "application/vnd.apache.parquet",
    };
}
