using System.Text.Json;
using DataPlatform.Profiling;

namespace DataPlatform.Domain.Datasets;

/// <summary>A profile as the columns of a <c>dataset_versions</c> row store it.</summary>
public sealed record ProfileColumns(
    string Format, long RowCount, long ColumnCount, string SchemaJson, string StatisticsJson, string QualityJson, double QualityScore, long LongestValue,
    string? CsvEncoding, string? CsvSeparator, long? CsvHeaderRow)
{
    public static ProfileColumns Of(DatasetProfile profile, JsonSerializerOptions serializer) => new(
        profile.Source.Format,
        profile.Statistics.RowCount,
        profile.Statistics.Columns.Count,
        JsonSerializer.Serialize(profile.Schema.Select(c => new ColumnSchema(c.Name, c.Type)).ToList(), serializer),
        JsonSerializer.Serialize(profile.Statistics, serializer),
        JsonSerializer.Serialize(profile.Quality, serializer),
        profile.Quality.OverallScore,
        profile.LongestValue,
        profile.Source.Encoding,
        profile.Source.Separator,
        profile.Source.HeaderRow is { } header ? (header ? 1 : 0) : null);
}
