using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using CsvHelper;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Reads a CSV file once with CsvHelper's SIMD UTF-8 reader: fields stay bytes, numbers are parsed
/// from the bytes, text is hashed, never decoded. Columns that turn out to be text after holding
/// numbers get a second pass of their own (rare), so their text figures cover every value.
/// </summary>
internal sealed partial class CsvTableReader : ITableSource
{
    /// <summary>Every this many rows, the byte offset of the row is kept, to read values back later.</summary>
    private const int IndexEvery = 1024;
    private const int ProgressEvery = 1_000_000;

    private readonly string _path;
    private readonly ProfileOptions _options;
    private readonly List<long> _rowIndex = [];
    private readonly CsvDialect _dialect;
    private readonly Encoding? _encoding;
    private readonly int _firstRecordFields;
    private char _separator;
    private string[] _names = [];

    private CsvTableReader(string path, ProfileOptions options, CsvDialect dialect, int firstRecordFields)
    {
        _path = path;
        _options = options;
        _dialect = dialect;
        _encoding = TextEncodings.ForReader(dialect.Encoding, path);
        _firstRecordFields = firstRecordFields;
    }

    public SourceDescription Description => new("csv", _separator.ToString(), _dialect.Encoding, new FileInfo(_path).Length, _dialect.HeaderRow);

    /// <summary>Offsets of the reader are file offsets only when it reads the file's bytes as they are.</summary>
    private bool ReadsBytesAsTheyAre => _dialect.Encoding == CsvDialect.Utf8;

    /// <summary>
    /// Detects the file's encoding and header row, then reads it. A file whose start is UTF-8 but
    /// whose later bytes are not is judged whole (<see cref="TextEncodings.Classify"/>) and, when it is
    /// Windows-1252, read again as such.
    /// </summary>
    public static TableScan Scan(string path, ProfileOptions options, CancellationToken cancellationToken)
    {
        var (dialect, fields) = Detect(path, options);
        var source = new CsvTableReader(path, options, dialect, fields);
        try
        {
            return source.ScanNamingLines(cancellationToken);
        }
        catch (InvalidDataFileException exception) when (exception.Reason == InvalidUtf8 && dialect.Encoding == CsvDialect.Utf8 && TextEncodings.Classify(path) == CsvDialect.Windows1252)
        {
            options.Log?.Invoke("the file is not UTF-8 past its start: reading it again as Windows-1252");
            return new CsvTableReader(path, options, dialect with { Encoding = CsvDialect.Windows1252 }, fields).ScanNamingLines(cancellationToken);
        }
    }

    /// <summary>
    /// The encoding (<see cref="TextEncodings.Detect"/>) and whether the first row is a header
    /// (<see cref="HeaderRow"/>, on the first records up to <see cref="TextEncodings.SampleBytes"/>),
    /// with the number of fields of the first record. A file the sample cannot be read from is left
    /// to the scan, which says what is wrong.
    /// </summary>
    private static (CsvDialect Dialect, int FirstRecordFields) Detect(string path, ProfileOptions options)
    {
        var encoding = TextEncodings.Detect(path);
        var records = new List<HeaderRow.Field[]>();
        var sniffing = new CsvReaderOptions
        {
            HasHeader = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = Math.Max(64 * 1024 * 1024, options.MaxFieldBytes * 2),
            SkipEmptyLines = true,
            TrimWhitespace = false,
            Encoding = TextEncodings.ForReader(encoding, path),
        };
        try
        {
            using var reader = CsvReader.FromFile(path, sniffing, FileOptions.SequentialScan);
            while (records.Count <= HeaderRow.RowsChecked && (records.Count < 2 || reader.ByteOffset < TextEncodings.SampleBytes) && reader.Read())
            {
                if (reader.FieldCount > options.MaxColumns)
                {
                    break;
                }

                var record = new HeaderRow.Field[reader.FieldCount];
                for (var c = 0; c < record.Length; c++)
                {
                    record[c] = HeaderRow.Field.Of(reader.GetSpan(c));
                }

                records.Add(record);
            }
        }
        catch (CsvFormatException)
        {
            // The scan reads the same bytes and names the line.
        }

        return (new CsvDialect(encoding, HeaderRow.IsHeader(records)), records.Count > 0 ? records[0].Length : 0);
    }

    private TableScan ScanNamingLines(CancellationToken cancellationToken)
    {
        try
        {
            return ScanAll(cancellationToken);
        }
        catch (InvalidDataFileException exception) when (exception is { Row: { } row, Line: null })
        {
            throw exception.AtLine(LineOf(row));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TableScan ScanAll(CancellationToken cancellationToken)
    {
        if (new FileInfo(_path).Length == 0)
        {
            throw new InvalidDataFileException("The file is empty: a CSV file needs at least a header row.");
        }

        // Row hashes (sums of the fields' typed keys, see FieldKeys), per worker.
        RowHashes[] rowHashes;
        ColumnAccumulator[] columns;
        long row = 0;
        using (var reader = Open(hasHeader: true))
        {
            if (_dialect.HeaderRow)
            {
                try
                {
                    reader.ReadHeader();
                }
                catch (CsvFormatException exception)
                {
                    throw Describe(exception, 0);
                }

                _separator = reader.Separator;
                _names = ColumnNames.Mangle(reader.Headers);
            }
            else
            {
                // As pandas names the columns of a file read with header=None.
                _names = Enumerable.Range(0, _firstRecordFields).Select(c => c.ToString(CultureInfo.InvariantCulture)).ToArray();
            }

            if (_names.Length == 0)
            {
                throw new InvalidDataFileException("The file has no header row: a CSV file needs at least a header row naming its columns.");
            }

            if (_names.Length > _options.MaxColumns)
            {
                throw new InvalidDataFileException($"The file has {_names.Length:N0} columns; at most {_options.MaxColumns:N0} are supported.");
            }

            columns = _names.Select(name => new ColumnAccumulator(name)).ToArray();
            var workerCount = _options.Workers ?? Environment.ProcessorCount;
            rowHashes = Enumerable.Range(0, workerCount).Select(_ => new RowHashes()).ToArray();
            using var workers = new ColumnWorkers(columns, workerCount, CheckRows, (batch, worker) => batch.AddRowHashesTo(rowHashes[worker]));
            var batch = workers.Rent(0);
            while (Read(reader, row, workers))
            {
                if (row % IndexEvery == 0)
                {
                    _rowIndex.Add(reader.ByteOffset);
                }

                for (var c = 0; c < columns.Length; c++)
                {
                    var value = reader.GetSpan(c);
                    if (value.Length > _options.MaxFieldBytes)
                    {
                        workers.Complete();
                        throw new InvalidDataFileException($"the field is {value.Length:N0} bytes; at most {_options.MaxFieldBytes:N0} are supported.", row + 1, _names[c]);
                    }

                    batch.Append(value);
                }

                batch.EndRow();
                row++;
                if (batch.IsFull)
                {
                    workers.Publish(batch);
                    batch = workers.Rent(row);
                }

                if (row % ProgressEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    _options.Progress?.Report(row);
                }
            }

            if (batch.Rows > 0)
            {
                workers.Publish(batch);
            }

            workers.Complete();
            _separator = reader.Separator;
        }

        var abandoned = Enumerable.Range(0, columns.Length).Where(c => columns[c].Mode == ColumnMode.NeedsTextPass).ToArray();
        if (abandoned.Length > 0)
        {
            RescanTurnedToText(columns, abandoned, rowHashes, cancellationToken);
        }

        return new TableScan(columns, rowHashes, row, this);
    }

    /// <summary>
    /// The pass for columns that held numbers (or dates, booleans) before text: their text is counted
    /// from the start, and every row is keyed again, since pandas compares a text column's values as
    /// strings ("2" and "2.0" differ there) and the first pass keyed their early fields as numbers.
    /// </summary>
    private void RescanTurnedToText(ColumnAccumulator[] columns, int[] abandoned, RowHashes[] rowHashes, CancellationToken cancellationToken)
    {
        foreach (var c in abandoned)
        {
            columns[c] = new ColumnAccumulator(_names[c]);
        }

        foreach (var hashes in rowHashes)
        {
            hashes.Clear();
        }

        var turned = new bool[columns.Length];
        foreach (var c in abandoned)
        {
            turned[c] = true;
        }

        var last = columns.Length - 1;
        ulong hash = 0;
        ReadColumns(Enumerable.Range(0, columns.Length).ToArray(), (c, value, r) =>
        {
            if (turned[c])
            {
                AddTurnedToText(columns[c], value, r);
            }

            hash += FieldKeys.Mix(c, columns[c].KeyOf(value));
            if (c == last)
            {
                rowHashes[0].Add(hash == 0 ? 1 : hash);
                hash = 0;
            }
        }, cancellationToken);
    }

    private static void AddTurnedToText(ColumnAccumulator column, ReadOnlySpan<byte> value, long row)
    {
        if (ValueSyntax.IsMissing(value))
        {
            column.AddMissing();
            return;
        }

        if (ValueSyntax.HasOuterWhitespace(value))
        {
            column.Whitespace++;
        }

        column.LongestValue = Math.Max(column.LongestValue, value.Length);
        column.AddText(value, row);
    }

    /// <summary>Validates a batch's decoded fields (on a worker thread): no NUL bytes, valid UTF-8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckRows(RecordBatch batch)
    {
        for (var row = 0; row < batch.Rows; row++)
        {
            var bytes = batch.Row(row);
            // One pass for the common row, ASCII without NUL; two for the others.
            if (bytes.ContainsAnyExceptInRange((byte)1, (byte)0x7F) && (bytes.Contains((byte)0) || !Utf8.IsValid(bytes)))
            {
                throw RowError(batch, row);
            }
        }
    }

    private const string InvalidUtf8 = "the row is not valid UTF-8, though most of the file is: the file is damaged or mixes encodings. Save it again as UTF-8.";

    private InvalidDataFileException RowError(RecordBatch batch, int row)
    {
        for (var c = 0; c < _names.Length; c++)
        {
            var field = batch.Field(row, c);
            if (field.Contains((byte)0))
            {
                return new InvalidDataFileException("the row contains a NUL byte: the file is binary, not text.", batch.FirstRow + row + 1, _names[c]);
            }

            if (!Utf8.IsValid(field))
            {
                return new InvalidDataFileException(InvalidUtf8, batch.FirstRow + row + 1, _names[c]);
            }
        }

        return new InvalidDataFileException(InvalidUtf8, batch.FirstRow + row + 1);
    }

    /// <summary>Runs one more pass that visits only <paramref name="columns"/>: (column, value, 0-based row).</summary>
    private void ReadColumns(int[] columns, FieldVisitor visit, CancellationToken cancellationToken)
    {
        using var reader = Open(hasHeader: true);
        long row = 0;
        while (reader.Read())
        {
            foreach (var c in columns)
            {
                visit(c, reader.GetSpan(c), row);
            }

            if (++row % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private delegate void FieldVisitor(int column, ReadOnlySpan<byte> value, long row);

    public IReadOnlyDictionary<(long Row, int Column), string> Fetch(IReadOnlyCollection<(long Row, int Column)> fields, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(long Row, int Column), string>(fields.Count);
        if (fields.Count == 0)
        {
            return result;
        }

        var byRow = fields.GroupBy(f => f.Row).OrderBy(g => g.Key).ToList();
        if (!ReadsBytesAsTheyAre)
        {
            // Offsets of transcoded input are not file offsets: walk the file once.
            var wanted = byRow.ToDictionary(g => g.Key, g => g.Select(f => f.Column).ToArray());
            using var reader = Open(hasHeader: true);
            long row = 0;
            var last = byRow[^1].Key;
            while (row <= last && reader.Read())
            {
                if (wanted.TryGetValue(row, out var columns))
                {
                    foreach (var c in columns)
                    {
                        result[(row, c)] = reader.GetString(c);
                    }
                }

                row++;
            }

            return result;
        }

        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        foreach (var block in byRow.GroupBy(g => g.Key / IndexEvery))
        {
            cancellationToken.ThrowIfCancellationRequested();
            stream.Position = _rowIndex[(int)block.Key];
            using var reader = CsvReader.Create(stream, ReaderOptions(hasHeader: false), leaveOpen: true);
            var row = block.Key * IndexEvery;
            foreach (var group in block)
            {
                while (row <= group.Key)
                {
                    reader.Read();
                    row++;
                }

                foreach (var (_, c) in group)
                {
                    result[(group.Key, c)] = reader.GetString(c);
                }
            }
        }

        return result;
    }

    public IReadOnlyList<string> SmallestAmong(int column, IReadOnlySet<ulong> hashes, int needed, CancellationToken cancellationToken)
    {
        var smallest = new SortedSet<string>(StringComparer.Ordinal);
        ReadColumns([column], (_, value, _) =>
        {
            if (!ValueSyntax.IsMissing(value) && hashes.Contains(TextCounter.Hash(value)))
            {
                smallest.Add(Encoding.UTF8.GetString(value));
                if (smallest.Count > needed)
                {
                    smallest.Remove(smallest.Max!);
                }
            }
        }, cancellationToken);
        return smallest.ToList();
    }

    private CsvReader Open(bool hasHeader) => CsvReader.FromFile(_path, ReaderOptions(hasHeader), FileOptions.SequentialScan);

    /// <summary>
    /// As pandas, Python's csv module and DuckDB read: a quote opens a quoted field only at the start
    /// of a field, so one inside an unquoted field (<c>5'10"</c>, <c>37°36'37.8"N</c>) is an ordinary
    /// character. Text after a closing quote and a quoted field that is never closed are refused,
    /// since a quote was clearly meant to quote there.
    /// </summary>
    private CsvReaderOptions ReaderOptions(bool hasHeader) => new()
    {
        HasHeader = hasHeader && _dialect.HeaderRow,
        Encoding = _encoding,
        Separator = _separator == default ? null : _separator,
        MalformedData = CsvMalformedDataHandling.Recover,
        OnMalformedRecord = RefuseMisquoted,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        MaxRecordSize = Math.Max(64 * 1024 * 1024, _options.MaxFieldBytes * 2),
        SkipEmptyLines = true,
        TrimWhitespace = false,
    };

    private static void RefuseMisquoted(CsvMalformedRecord record)
    {
        var row = Math.Max(1, record.RecordNumber - 1);
        switch (record.Reason)
        {
            case CsvMalformedReason.StrayQuote:
                return;
            case CsvMalformedReason.UnterminatedQuote:
                throw new InvalidDataFileException("a quoted field starts here and is never closed; a quote inside a quoted field must be doubled (\"\").", row);
            case CsvMalformedReason.TextAfterClosingQuote:
                throw new InvalidDataFileException("text follows the closing quote of a quoted field; a quote inside a quoted field must be doubled (\"\").", row);
            default:
                throw new InvalidDataFileException($"the row is malformed ({record.Reason}).", row);
        }
    }

    /// <summary>
    /// The line of the file where data row <paramref name="row"/> (1-based) starts, counted by reading
    /// the file again with line numbers on: the fast read does not count lines, and an error is read
    /// back once.
    /// </summary>
    private long LineOf(long row)
    {
        if (row == 0)
        {
            return 1;
        }

        var options = ReaderOptions(hasHeader: true) with { TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Recover, OnMalformedRecord = null, FieldCountMismatch = CsvFieldCountHandling.Allow };
        using var reader = CsvReader.FromFile(_path, options, FileOptions.SequentialScan);
        for (long read = 0; read < row; read++)
        {
            if (!reader.Read())
            {
                return reader.LineNumber;
            }
        }

        return reader.LineNumber;
    }

    /// <summary>
    /// Reads the next record, turning CsvHelper's errors into errors that name the row; a failure the
    /// workers found in an earlier row is thrown instead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Read(CsvReader reader, long rowsRead, ColumnWorkers workers)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException exception)
        {
            workers.Complete();
            throw Describe(exception, rowsRead + 1);
        }
        catch (InvalidDataFileException)
        {
            workers.Complete();
            throw;
        }
    }

    private static InvalidDataFileException Describe(CsvFormatException exception, long row) =>
        // CsvHelper counts the header as record 1.
        new(Explain(exception), exception.RecordNumber > 1 ? exception.RecordNumber - 1 : row, inner: exception);

    private static string Explain(CsvFormatException exception) =>
        FieldCount().Match(exception.Message) is { Success: true } counts
            ? $"the line has {counts.Groups["found"].Value} field{(counts.Groups["found"].Value == "1" ? "" : "s")} where the header has {counts.Groups["expected"].Value}."
            : exception.Message;

    [GeneratedRegex(@"has (?<found>\d+) fields? but (?<expected>\d+) (?:were|was) expected")]
    private static partial Regex FieldCount();
}
