using System.Globalization;
using System.Text;
using CsvHelper;
using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling;

/// <summary>
/// Reads a profiled file back as typed rows, with the types the profile gave its columns: int64 as
/// long, float64 as double, bool as bool, datetime64 as DateTime, anything else as string; missing
/// values (pandas' NA spellings, empty fields, Parquet nulls) as null. For previews and conversions.
/// </summary>
public static class TableRows
{
    /// <summary>
    /// The rows of <paramref name="path"/>, at most <paramref name="limit"/> of them. With
    /// <paramref name="wanted"/>, only the columns it marks are read; the others stay null.
    /// </summary>
    /// <param name="dialect">How the profile read a CSV file (<see cref="SourceDescription.Dialect"/>); null for Parquet and for <see cref="CsvDialect.Default"/>.</param>
    public static IEnumerable<object?[]> Read(string path, CsvDialect? dialect, IReadOnlyList<string> types, long limit = long.MaxValue, IReadOnlyList<bool>? wanted = null) =>
        Profiler.IsParquet(path) ? ReadParquet(path, limit, wanted, display: false) : ReadCsv(path, dialect, types, limit, wanted, display: false);

    /// <summary>
    /// The first <paramref name="limit"/> rows as a person should see them: as <see cref="Read"/>,
    /// but date-time values are ISO 8601 strings that keep what the file said: a date stays a date
    /// (<c>2026-01-02</c>), a time with <c>Z</c> or an offset is given in UTC with <c>Z</c>, a time
    /// without a zone stays without one.
    /// </summary>
    public static IEnumerable<object?[]> Preview(string path, CsvDialect? dialect, IReadOnlyList<string> types, int limit) =>
        Profiler.IsParquet(path) ? ReadParquet(path, limit, null, display: true) : ReadCsv(path, dialect, types, limit, null, display: true);

    /// <summary>
    /// Rows <paramref name="offset"/> (from 0) to <paramref name="offset"/> + <paramref name="limit"/> - 1
    /// as <see cref="Preview"/> gives them. The rows before are passed over without being converted: a
    /// CSV file is still read up to the page, a Parquet file skips whole row groups.
    /// </summary>
    public static IEnumerable<object?[]> Page(string path, CsvDialect? dialect, IReadOnlyList<string> types, long offset, int limit) =>
        Profiler.IsParquet(path) ? ReadParquet(path, limit, null, display: true, skip: offset) : ReadCsv(path, dialect, types, limit, null, display: true, skip: offset);

    private static IEnumerable<object?[]> ReadCsv(string path, CsvDialect? dialect, IReadOnlyList<string> types, long limit, IReadOnlyList<bool>? wanted, bool display, long skip = 0)
    {
        var options = (dialect ?? CsvDialect.Default).Apply(new CsvReaderOptions { SkipEmptyLines = true, TrimWhitespace = false }, path);
        using var reader = CsvReader.FromFile(path, options, FileOptions.SequentialScan);
        if (options.HasHeader)
        {
            reader.ReadHeader();
        }

        while (skip > 0 && reader.Read())
        {
            skip--;
        }

        long rows = 0;
        while (rows < limit && reader.Read())
        {
            var row = new object?[types.Count];
            for (var c = 0; c < types.Count; c++)
            {
                if (wanted is null || wanted[c])
                {
                    row[c] = Convert(reader.GetSpan(c), types[c], display);
                }
            }

            rows++;
            yield return row;
        }
    }

    private static object? Convert(ReadOnlySpan<byte> field, string type, bool display)
    {
        if (ValueSyntax.IsMissing(field))
        {
            return null;
        }

        switch (type)
        {
            case "int64" or "float64":
                var kind = ValueSyntax.TryNumber(field, out var integer, out var number);
                return kind == NumberKind.Integer && type == "int64" ? (object)integer : kind == NumberKind.Integer ? (double)integer : number;
            case "bool":
                ValueSyntax.TryBoolean(field, out var flag);
                return flag;
            case "datetime64":
                ValueSyntax.TryDate(field, out var ticks, out var hasTime);
                return display
                    ? IsoDate(new DateTime(ticks, DateTimeKind.Unspecified), hasTime, ValueSyntax.HasZone(field))
                    : new DateTime(ticks, DateTimeKind.Unspecified);
            default:
                return Encoding.UTF8.GetString(field);
        }
    }

    private static IEnumerable<object?[]> ReadParquet(string path, long limit, IReadOnlyList<bool>? wanted, bool display, long skip = 0)
    {
        var reader = ParquetFile.OpenAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        try
        {
            var fields = reader.Schema.GetDataFields();
            long rows = 0;
            for (var g = 0; g < reader.RowGroupCount && rows < limit; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                if (skip >= count)
                {
                    skip -= count;
                    continue;
                }

                var columns = fields
                    .Select((field, c) => wanted is null || wanted[c] ? ParquetColumns.Read(group, field, count, CancellationToken.None).GetAwaiter().GetResult() : null)
                    .ToArray();
                var first = (int)skip;
                skip = 0;
                for (var i = first; i < count && rows < limit; i++, rows++)
                {
                    var row = new object?[fields.Length];
                    for (var c = 0; c < fields.Length; c++)
                    {
                        row[c] = columns[c] is { } column ? Normalize(column.GetValue(i), display) : null;
                    }

                    yield return row;
                }
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Parquet values as the CSV reader gives them: integers as long, floating as double (NaN as null).</summary>
    private static object? Normalize(object? value, bool display) => value switch
    {
        null => null,
        DateTime moment when display => IsoDate(moment, hasTime: true, zoned: moment.Kind == DateTimeKind.Utc),
        DateTimeOffset moment when display => IsoDate(moment.UtcDateTime, hasTime: true, zoned: true),
        DateOnly day when display => IsoDate(day.ToDateTime(TimeOnly.MinValue), hasTime: false, zoned: false),
        string or bool or DateTime => value,
        double number => double.IsNaN(number) ? null : number,
        float or decimal => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.UtcDateTime,
        DateOnly day => day.ToDateTime(TimeOnly.MinValue),
        _ => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    /// <summary>ISO 8601: a date, or a date-time with its fraction when it has one, and <c>Z</c> when it is in UTC.</summary>
    public static string IsoDate(DateTime moment, bool hasTime, bool zoned) =>
        !hasTime ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : moment.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + (zoned ? "Z" : "");
}
