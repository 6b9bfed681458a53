using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Parquet.Schema;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Reads a Parquet file row group by row group, column by column, keeping the declared types: integer
/// columns are int64, floating and decimal ones float64, booleans bool, timestamps and dates
/// datetime64, strings object or category.
/// </summary>
internal sealed class ParquetTableReader : ITableSource
{
    private readonly string _path;
    private readonly List<long> _rowGroupStarts = [];
    private DataField[] _fields = [];

    private ParquetTableReader(string path) => _path = path;

    public SourceDescription Description => new("parquet", null, null, new FileInfo(_path).Length);

    public static TableScan Scan(string path, ProfileOptions options, CancellationToken cancellationToken)
    {
        var source = new ParquetTableReader(path);
        return source.ScanAll(options, cancellationToken);
    }

    private TableScan ScanAll(ProfileOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return ScanAllAsync(options, cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not (InvalidDataFileException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InvalidDataFileException($"The Parquet file cannot be read: {exception.Message}", inner: exception);
        }
    }

    private async Task<TableScan> ScanAllAsync(ProfileOptions options, CancellationToken cancellationToken)
    {
        await using var reader = await ParquetFile.OpenAsync(_path, cancellationToken);
        _fields = reader.Schema.GetDataFields();
        if (_fields.Length > options.MaxColumns)
        {
            throw new InvalidDataFileException($"The file has {_fields.Length:N0} columns; at most {options.MaxColumns:N0} are supported.");
        }

        if (_fields.Length == 0)
        {
            throw new InvalidDataFileException("The Parquet file has no columns.");
        }

        var names = ColumnNames.Mangle(_fields.Select(f => f.Name).ToList());
        var columns = _fields.Select((f, i) => new ColumnAccumulator(names[i], ParquetColumns.DeclaredType(f.ClrType))).ToArray();
        var rowHashes = new RowHashes();
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var group = reader.OpenRowGroupReader(g);
            var count = ParquetFile.RowsOf(group, g, options.MaxRowGroupRows);
            _rowGroupStarts.Add(rows);
            var hashes = new ulong[count];
            for (var c = 0; c < _fields.Length; c++)
            {
                var values = await ParquetColumns.Read(group, _fields[c], count, cancellationToken);
                Feed(columns[c], values, rows, hashes);
            }

            foreach (var hash in hashes)
            {
                rowHashes.Add(hash);
            }

            rows += count;
            options.Progress?.Report(rows);
        }

        return new TableScan(columns, [rowHashes], rows, this);
    }

    /// <summary>Adds a row group's values of one column, and folds each value into its row's hash.</summary>
    private static void Feed(ColumnAccumulator column, Array values, long firstRow, ulong[] rowHashes)
    {
        Span<byte> buffer = stackalloc byte[8];
        for (var i = 0; i < rowHashes.Length; i++)
        {
            var value = values.GetValue(i);
            ulong hash;
            switch (value)
            {
                case null:
                    column.AddMissing();
                    hash = 0x9E37_79B9_7F4A_7C15UL;
                    break;
                case string text:
                    var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
                    var length = Encoding.UTF8.GetBytes(text, bytes);
                    var span = bytes.AsSpan(0, length);
                    if (ValueSyntax.HasOuterWhitespace(span))
                    {
                        column.Whitespace++;
                    }

                    column.LongestValue = Math.Max(column.LongestValue, length);

                    hash = column.AddText(span, firstRow + i);
                    ArrayPool<byte>.Shared.Return(bytes);
                    break;
                case bool flag:
                    column.AddBoolean(flag);
                    hash = flag ? 1UL : 2UL;
                    break;
                case double or float or decimal:
                    var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (double.IsNaN(number))
                    {
                        column.AddMissing();
                    }
                    else
                    {
                        column.AddFloat(number);
                    }

                    BitConverter.TryWriteBytes(buffer, number);
                    hash = XxHash3.HashToUInt64(buffer);
                    break;
                case DateTime moment:
                    column.AddDate(moment.Ticks, moment.TimeOfDay != TimeSpan.Zero, moment.Kind == DateTimeKind.Utc);
                    BitConverter.TryWriteBytes(buffer, moment.Ticks);
                    hash = XxHash3.HashToUInt64(buffer);
                    break;
                case DateTimeOffset moment:
                    column.AddDate(moment.UtcTicks, true, zoned: true);
                    BitConverter.TryWriteBytes(buffer, moment.UtcTicks);
                    hash = XxHash3.HashToUInt64(buffer);
                    break;
                case DateOnly day:
                    var ticks = day.ToDateTime(TimeOnly.MinValue).Ticks;
                    column.AddDate(ticks, false);
                    BitConverter.TryWriteBytes(buffer, ticks);
                    hash = XxHash3.HashToUInt64(buffer);
                    break;
                default:
                    var integer = Convert.ToInt64(value, CultureInfo.InvariantCulture);
                    column.AddInteger(integer);
                    BitConverter.TryWriteBytes(buffer, integer);
                    hash = XxHash3.HashToUInt64(buffer);
                    break;
            }

            rowHashes[i] = (rowHashes[i] * 0x100000001B3UL) ^ hash;
        }
    }

    public IReadOnlyDictionary<(long Row, int Column), string> Fetch(IReadOnlyCollection<(long Row, int Column)> fields, CancellationToken cancellationToken) =>
        FetchAsync(fields, cancellationToken).GetAwaiter().GetResult();

    private async Task<IReadOnlyDictionary<(long Row, int Column), string>> FetchAsync(IReadOnlyCollection<(long Row, int Column)> fields, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(long Row, int Column), string>(fields.Count);
        if (fields.Count == 0)
        {
            return result;
        }

        await using var reader = await ParquetFile.OpenAsync(_path, cancellationToken);
        foreach (var byGroup in fields.GroupBy(f => GroupOf(f.Row)))
        {
            using var group = reader.OpenRowGroupReader(byGroup.Key);
            foreach (var byColumn in byGroup.GroupBy(f => f.Column))
            {
                var values = await ParquetColumns.Read(group, _fields[byColumn.Key], checked((int)group.RowCount), cancellationToken);
                foreach (var (row, column) in byColumn)
                {
                    result[(row, column)] = Convert.ToString(values.GetValue((int)(row - _rowGroupStarts[byGroup.Key])), CultureInfo.InvariantCulture) ?? "";
                }
            }
        }

        return result;
    }

    public IReadOnlyList<string> SmallestAmong(int column, IReadOnlySet<ulong> hashes, int needed, CancellationToken cancellationToken) =>
        SmallestAmongAsync(column, hashes, needed, cancellationToken).GetAwaiter().GetResult();

    private async Task<IReadOnlyList<string>> SmallestAmongAsync(int column, IReadOnlySet<ulong> hashes, int needed, CancellationToken cancellationToken)
    {
        var smallest = new SortedSet<string>(StringComparer.Ordinal);
        await using var reader = await ParquetFile.OpenAsync(_path, cancellationToken);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var values = (string?[])await ParquetColumns.Read(group, _fields[column], checked((int)group.RowCount), cancellationToken);
            foreach (var value in values)
            {
                if (value is not null && hashes.Contains(TextCounter.Hash(Encoding.UTF8.GetBytes(value))))
                {
                    smallest.Add(value);
                    if (smallest.Count > needed)
                    {
                        smallest.Remove(smallest.Max!);
                    }
                }
            }
        }

        return smallest.ToList();
    }

    private int GroupOf(long row)
    {
        var index = _rowGroupStarts.BinarySearch(row);
        return index >= 0 ? index : ~index - 1;
    }
}
