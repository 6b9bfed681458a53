using System.Runtime.CompilerServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Everything one pass keeps about one column. Numbers and booleans are stored row-aligned as doubles
/// (NaN where missing), dates as ticks (<see cref="MissingDate"/> where missing), so that moments,
/// correlations and exact percentiles can be computed afterwards; text is counted by hash in a
/// <see cref="TextCounter"/>.
/// </summary>
internal sealed class ColumnAccumulator(string name, string? declaredType = null)
{
    public const long MissingDate = long.MinValue;

    public string Name { get; } = name;

    /// <summary>The type a Parquet schema declares; CSV columns have none.</summary>
    public string? DeclaredType { get; } = declaredType;

    public ColumnMode Mode { get; private set; }

    public long Missing { get; private set; }

    public long NonMissing { get; private set; }

    /// <summary>Values with spaces or tabs at either end.</summary>
    public long Whitespace { get; set; }

    /// <summary>The longest value, in UTF-8 bytes.</summary>
    public long LongestValue { get; set; }

    /// <summary>In a text column, the values that are numbers (evidence of mixed types).</summary>
    public long NumericLooking { get; private set; }

    public long TrueCount { get; private set; }

    /// <summary>Whether some date had a time of day (otherwise dates print as yyyy-MM-dd).</summary>
    public bool AnyTime { get; private set; }

    /// <summary>Whether some date-time had Z or an offset: the times are then in UTC and print with Z.</summary>
    public bool AnyZone { get; private set; }

    public long IntegerMin { get; private set; } = long.MaxValue;

    public long IntegerMax { get; private set; } = long.MinValue;

    /// <summary>Row-aligned values of number and boolean columns.</summary>
    public ChunkedList<double>? Numbers { get; private set; }

    /// <summary>Row-aligned ticks of date columns.</summary>
    public ChunkedList<long>? Dates { get; private set; }

    public TextCounter? Text { get; private set; }

    /// <summary>Lets go of the row-aligned values and the per-row text hashes once the statistics are computed.</summary>
    public void ReleaseValues()
    {
        Numbers?.Clear();
        Dates?.Clear();
        Text?.ReleaseRows();
    }

    public void AddMissing()
    {
        Missing++;
        switch (Mode)
        {
            case ColumnMode.Integer or ColumnMode.Float or ColumnMode.Boolean:
                Numbers!.Add(double.NaN);
                break;
            case ColumnMode.Date:
                Dates!.Add(MissingDate);
                break;
            case ColumnMode.Text:
                Text!.AddMissing();
                break;
        }
    }

    public void AddInteger(long value)
    {
        if (Mode is ColumnMode.Empty)
        {
            Start(ColumnMode.Integer);
        }
        else if (Mode is not (ColumnMode.Integer or ColumnMode.Float))
        {
            Abandon();
            return;
        }

        NonMissing++;
        IntegerMin = Math.Min(IntegerMin, value);
        IntegerMax = Math.Max(IntegerMax, value);
        Numbers!.Add(value);
    }

    public void AddFloat(double value)
    {
        if (Mode is ColumnMode.Empty or ColumnMode.Integer)
        {
            if (Mode is ColumnMode.Empty)
            {
                Start(ColumnMode.Float);
            }

            Mode = ColumnMode.Float;
        }
        else if (Mode is not ColumnMode.Float)
        {
            Abandon();
            return;
        }

        NonMissing++;
        Numbers!.Add(value);
    }

    public void AddBoolean(bool value)
    {
        if (Mode is ColumnMode.Empty)
        {
            Start(ColumnMode.Boolean);
        }
        else if (Mode is not ColumnMode.Boolean)
        {
            Abandon();
            return;
        }

        NonMissing++;
        if (value)
        {
            TrueCount++;
        }

        Numbers!.Add(value ? 1.0 : 0.0);
    }

    public void AddDate(long ticks, bool hasTime, bool zoned = false)
    {
        if (Mode is ColumnMode.Empty)
        {
            Start(ColumnMode.Date);
        }
        else if (Mode is not ColumnMode.Date)
        {
            Abandon();
            return;
        }

        NonMissing++;
        AnyTime |= hasTime;
        AnyZone |= zoned;
        Dates!.Add(ticks);
    }

    /// <summary>
    /// A value that is none of the other kinds; <paramref name="row"/> is its 0-based data row. Returns
    /// its key for duplicate rows: the hash of its bytes (<see cref="FieldKeys.Text"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ulong AddText(ReadOnlySpan<byte> value, long row)
    {
        var hash = FieldKeys.Text(value);
        if (Mode is ColumnMode.Empty)
        {
            Mode = ColumnMode.Text;
            Text = new TextCounter();
        }
        else if (Mode is not ColumnMode.Text)
        {
            Abandon();
            return hash;
        }

        NonMissing++;
        if (ValueSyntax.TryNumber(value, out _, out _) != NumberKind.None)
        {
            NumericLooking++;
        }

        Text!.Add(value, hash, row);
        return hash;
    }

    /// <summary>
    /// The key of a field by what the column holds after the pass (<see cref="FieldKeys"/>), as the pass
    /// keyed it; for keying every row again when a column turned to text after holding other values.
    /// </summary>
    public ulong KeyOf(ReadOnlySpan<byte> value) => ValueSyntax.IsMissing(value) ? FieldKeys.Missing : Mode switch
    {
        ColumnMode.Integer or ColumnMode.Float when ValueSyntax.TryNumber(value, out var integer, out var number) is not NumberKind.None and var kind => FieldKeys.Number(kind, integer, number),
        ColumnMode.Date when ValueSyntax.TryDate(value, out var ticks, out _) => FieldKeys.Date(ticks),
        ColumnMode.Boolean when ValueSyntax.TryBoolean(value, out var flag) => FieldKeys.Boolean(flag),
        _ => FieldKeys.Text(value),
    };

    /// <summary>
    /// Column <paramref name="column"/> of a batch, row by row, adding each field's key mixed with the
    /// column (<see cref="FieldKeys"/>) into its row's slot of <paramref name="rowHashes"/>. While the
    /// column holds numbers, dates, booleans or text, a loop for that kind takes the common fields
    /// (short numbers, yyyy-MM-dd dates, the six boolean spellings, text without missing spellings) in
    /// a tight path; any other field goes through <see cref="AddCsvField"/>, so the outcome is the same.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddCsvFields(RecordBatch batch, int column, Span<ulong> rowHashes)
    {
        var row = 0;
        while (row < batch.Rows)
        {
            row = Mode switch
            {
                ColumnMode.Integer or ColumnMode.Float => AddShortNumbers(batch, column, row, rowHashes),
                ColumnMode.Date => AddPlainDates(batch, column, row, rowHashes),
                ColumnMode.Boolean => AddBooleans(batch, column, row, rowHashes),
                ColumnMode.Text => AddTexts(batch, column, row, rowHashes),
                _ => row,
            };

            if (row < batch.Rows)
            {
                rowHashes[row] += FieldKeys.Mix(column, AddCsvField(batch.Field(row, column), batch.FirstRow + row));
                row++;
            }
        }
    }

    /// <summary>Short numbers from <paramref name="row"/> on; returns the row of the first other field (or the batch's end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AddShortNumbers(RecordBatch batch, int column, int row, Span<ulong> rowHashes)
    {
        for (; row < batch.Rows; row++)
        {
            var value = batch.Field(row, column);
            var kind = ValueSyntax.TryShortNumber(value, out var integer, out var number);
            if (kind == NumberKind.Integer)
            {
                IntegerMin = Math.Min(IntegerMin, integer);
                IntegerMax = Math.Max(IntegerMax, integer);
                Numbers!.Add(integer);
                rowHashes[row] += FieldKeys.Mix(column, FieldKeys.Integer(integer));
            }
            else if (kind == NumberKind.Float && Mode == ColumnMode.Float)
            {
                Numbers!.Add(number);
                rowHashes[row] += FieldKeys.Mix(column, FieldKeys.Float(number));
            }
            else
            {
                return row;
            }

            NonMissing++;
            LongestValue = Math.Max(LongestValue, value.Length);
        }

        return row;
    }

    /// <summary>yyyy-MM-dd dates from <paramref name="row"/> on (never missing, no spaces); returns the row of the first other field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AddPlainDates(RecordBatch batch, int column, int row, Span<ulong> rowHashes)
    {
        for (; row < batch.Rows; row++)
        {
            var value = batch.Field(row, column);
            if (value.Length != ValueSyntax.PlainDateLength || !ValueSyntax.TryDate(value, out var ticks, out _))
            {
                return row;
            }

            NonMissing++;
            LongestValue = Math.Max(LongestValue, value.Length);
            Dates!.Add(ticks);
            rowHashes[row] += FieldKeys.Mix(column, FieldKeys.Date(ticks));
        }

        return row;
    }

    /// <summary>The boolean spellings from <paramref name="row"/> on (none is missing or has spaces); returns the row of the first other field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AddBooleans(RecordBatch batch, int column, int row, Span<ulong> rowHashes)
    {
        for (; row < batch.Rows; row++)
        {
            var value = batch.Field(row, column);
            if (!ValueSyntax.TryBoolean(value, out var flag))
            {
                return row;
            }

            NonMissing++;
            LongestValue = Math.Max(LongestValue, value.Length);
            TrueCount += flag ? 1 : 0;
            Numbers!.Add(flag ? 1.0 : 0.0);
            rowHashes[row] += FieldKeys.Mix(column, FieldKeys.Boolean(flag));
        }

        return row;
    }

    /// <summary>Text that is not a missing spelling, from <paramref name="row"/> on; returns the row of the first missing one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int AddTexts(RecordBatch batch, int column, int row, Span<ulong> rowHashes)
    {
        var text = Text!;
        for (; row < batch.Rows; row++)
        {
            var value = batch.Field(row, column);
            if (ValueSyntax.IsMissing(value))
            {
                return row;
            }

            if (ValueSyntax.HasOuterWhitespace(value))
            {
                Whitespace++;
            }

            if (ValueSyntax.TryNumber(value, out _, out _) != NumberKind.None)
            {
                NumericLooking++;
            }

            NonMissing++;
            LongestValue = Math.Max(LongestValue, value.Length);
            var hash = FieldKeys.Text(value);
            text.Add(value, hash, batch.FirstRow + row);
            rowHashes[row] += FieldKeys.Mix(column, hash);
        }

        return row;
    }

    /// <summary>
    /// Classifies a CSV field the way <c>read_csv</c> would, given what the column holds so far, and
    /// returns its key for duplicate rows (<see cref="FieldKeys"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ulong AddCsvField(ReadOnlySpan<byte> value, long row)
    {
        if (ValueSyntax.IsMissing(value))
        {
            AddMissing();
            return FieldKeys.Missing;
        }

        if (ValueSyntax.HasOuterWhitespace(value))
        {
            Whitespace++;
        }

        if (value.Length > LongestValue)
        {
            LongestValue = value.Length;
        }

        switch (Mode)
        {
            case ColumnMode.Text or ColumnMode.NeedsTextPass:
                return AddText(value, row);
            case ColumnMode.Boolean:
                if (ValueSyntax.TryBoolean(value, out var flag))
                {
                    AddBoolean(flag);
                    return FieldKeys.Boolean(flag);
                }

                return AddText(value, row);
            case ColumnMode.Date:
                if (ValueSyntax.TryDate(value, out var ticks, out var hasTime))
                {
                    AddDate(ticks, hasTime, hasTime && ValueSyntax.HasZone(value));
                    return FieldKeys.Date(ticks);
                }

                return AddText(value, row);
        }

        // Empty, Integer or Float.
        var kind = ValueSyntax.TryNumber(value, out var integer, out var number);
        if (kind == NumberKind.Integer)
        {
            AddInteger(integer);
            return FieldKeys.Integer(integer);
        }

        if (kind == NumberKind.Float)
        {
            AddFloat(number);
            return FieldKeys.Float(number);
        }

        if (Mode == ColumnMode.Empty && ValueSyntax.TryBoolean(value, out var first))
        {
            AddBoolean(first);
            return FieldKeys.Boolean(first);
        }

        if (Mode == ColumnMode.Empty && ValueSyntax.TryDate(value, out var firstTicks, out var firstHasTime))
        {
            AddDate(firstTicks, firstHasTime, firstHasTime && ValueSyntax.HasZone(value));
            return FieldKeys.Date(firstTicks);
        }

        return AddText(value, row);
    }

    /// <summary>Starts storing values; the rows before this one were all missing.</summary>
    private void Start(ColumnMode mode)
    {
        Mode = mode;
        if (mode == ColumnMode.Date)
        {
            Dates = new ChunkedList<long>();
            Dates.AddMany(MissingDate, Missing);
        }
        else
        {
            Numbers = new ChunkedList<double>();
            Numbers.AddMany(double.NaN, Missing);
        }
    }

    private void Abandon()
    {
        Mode = ColumnMode.NeedsTextPass;
        Numbers = null;
        Dates = null;
    }
}
