using System.Runtime.CompilerServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// A few thousand records copied out of the reader's buffer, field by field, so that column workers
/// can classify them while the reader parses the next ones. Each worker handles its own columns, in
/// row order, so a column never sees its values out of order. A batch holds at most
/// <see cref="MaxFields"/> fields (or one row): 4,096 rows of a narrow table, 6 rows of 10,000 columns,
/// so that its size does not grow with the column count.
/// </summary>
internal sealed class RecordBatch(int columns, int workers = 1)
{
    public const int MaxRows = 4096;
    public const int MaxFields = 1 << 16;

    /// <summary>Rows the arrays hold at first: a small file never allocates a full batch (large arrays cost a full collection in a busy service).</summary>
    private const int FirstRows = 16;

    private readonly int _maxRows = RowsFor(columns);
    private int[] _ends = new int[Math.Min(FirstRows, RowsFor(columns)) * columns];
    private byte[] _data = new byte[1 << 14];
    private int _fields;

    /// <summary>Per worker, the sums of the keys of the fields of its columns, row by row (see <see cref="FieldKeys"/>).</summary>
    private readonly ulong[][] _rowHashes = Enumerable.Range(0, workers).Select(_ => Array.Empty<ulong>()).ToArray();

    public long FirstRow { get; private set; }

    public int Rows { get; private set; }

    public bool IsFull => Rows == _maxRows;

    /// <summary>Workers that still have to process this batch.</summary>
    public int Pending;

    /// <summary>The worker that runs the per-row work of this batch.</summary>
    public int RowWorker;

    /// <summary>
    /// The row hashes worker <paramref name="worker"/> adds its columns' keys into, one per row of the
    /// batch, zero until added to (<see cref="AddRowHashesTo"/> zeroes them again).
    /// </summary>
    public Span<ulong> RowHashesOf(int worker)
    {
        if (_rowHashes[worker].Length < Rows)
        {
            _rowHashes[worker] = new ulong[Math.Min(_maxRows, Math.Max(Rows, _rowHashes[worker].Length * 2))];
        }

        return _rowHashes[worker].AsSpan(0, Rows);
    }

    /// <summary>
    /// Adds each row's hash, the sum of what every worker added, to <paramref name="target"/>, and
    /// zeroes the workers' sums for the next use. A row that sums to 0 is added as 1 (0 means "no hash").
    /// </summary>
    public void AddRowHashesTo(RowHashes target)
    {
        for (var row = 0; row < Rows; row++)
        {
            ulong hash = 0;
            foreach (var partial in _rowHashes)
            {
                if (row < partial.Length)
                {
                    hash += partial[row];
                    partial[row] = 0;
                }
            }

            target.Add(hash == 0 ? 1 : hash);
        }
    }

    /// <summary>The sizes this batch grew to, for the batches after it to start at (see <see cref="Reset"/>).</summary>
    public (int Data, int Ends) Capacity => (_data.Length, _ends.Length);

    /// <summary>Empties the batch; its arrays grow at once to <paramref name="capacity"/> (what an earlier batch needed), so that each batch does not grow step by step.</summary>
    public void Reset(long firstRow, (int Data, int Ends) capacity)
    {
        FirstRow = firstRow;
        Rows = 0;
        _fields = 0;
        if (capacity.Data > _data.Length)
        {
            _data = new byte[capacity.Data];
        }

        if (capacity.Ends > _ends.Length)
        {
            _ends = new int[capacity.Ends];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<byte> field)
    {
        var start = _fields == 0 ? 0 : _ends[_fields - 1];
        if (start + field.Length > _data.Length)
        {
            Grow(start + field.Length);
        }

        field.CopyTo(_data.AsSpan(start));
        _ends[_fields++] = start + field.Length;
    }

    /// <summary>Ends a row; the field ends of the next one always fit, so that <see cref="Append"/> never checks.</summary>
    public void EndRow()
    {
        Rows++;
        if (_fields + columns > _ends.Length && Rows < _maxRows)
        {
            Array.Resize(ref _ends, Math.Min(_ends.Length * 2, _maxRows * columns));
        }
    }

    /// <summary>The bytes of all the fields of a row, one after the other.</summary>
    public ReadOnlySpan<byte> Row(int row)
    {
        var first = row * columns;
        var start = first == 0 ? 0 : _ends[first - 1];
        return _data.AsSpan(start, _ends[first + columns - 1] - start);
    }

    public ReadOnlySpan<byte> Field(int row, int column)
    {
        var index = (row * columns) + column;
        var start = index == 0 ? 0 : _ends[index - 1];
        return _data.AsSpan(start, _ends[index] - start);
    }

    private static int RowsFor(int columns) => Math.Clamp(MaxFields / Math.Max(1, columns), 1, MaxRows);

    private void Grow(int length) => Array.Resize(ref _data, Math.Max(_data.Length * 2, length));
}
