using System.Runtime.CompilerServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// A few thousand records copied out of the reader's buffer, field by field, so that column workers
/// can classify them while the reader parses the next ones. Each worker handles its own columns, in
/// row order, so a column never sees its values out of order. A batch holds at most
/// <see cref="MaxFields"/> fields (or one row): 4,096 rows of a narrow table, 6 rows of 10,000 columns,
/// so that its size does not grow with the column count.
/// </summary>
internal sealed class RecordBatch(int columns)
{
    public const int MaxRows = 4096;
    public const int MaxFields = 1 << 16;

    private readonly int _maxRows = RowsFor(columns);
    private readonly int[] _ends = new int[RowsFor(columns) * columns];
    private byte[] _data = new byte[1 << 19];
    private int _fields;

    public long FirstRow { get; private set; }

    public int Rows { get; private set; }

    public bool IsFull => Rows == _maxRows;

    /// <summary>Workers that still have to process this batch.</summary>
    public int Pending;

    /// <summary>The worker that runs the per-row work of this batch.</summary>
    public int RowWorker;

    public void Reset(long firstRow)
    {
        FirstRow = firstRow;
        Rows = 0;
        _fields = 0;
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

    public void EndRow() => Rows++;

    /// <summary>The bytes of all the fields of a row, one after the other.</summary>
    public ReadOnlySpan<byte> Row(int row)
    {
        var first = row * columns;
        var start = first == 0 ? 0 : _ends[first - 1];
        return _data.AsSpan(start, _ends[first + columns - 1] - start);
    }

    /// <summary>Where each field of a row ends, and where the row starts: field c is from the end before it to its own.</summary>
    public ReadOnlySpan<int> FieldEnds(int row, out int rowStart)
    {
        var first = row * columns;
        rowStart = first == 0 ? 0 : _ends[first - 1];
        return _ends.AsSpan(first, columns);
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
