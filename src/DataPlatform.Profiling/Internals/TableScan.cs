namespace DataPlatform.Profiling.Internals;

/// <summary>What reading a table produced: one accumulator per column, a hash per row, and a way back to values.</summary>
internal sealed class TableScan(IReadOnlyList<ColumnAccumulator> columns, IReadOnlyList<RowHashes> rowHashes, long rowCount, ITableSource source)
{
    public IReadOnlyList<ColumnAccumulator> Columns { get; } = columns;

    /// <summary>A hash of each row's values, for duplicate rows, in one list or more (in no particular order).</summary>
    public IReadOnlyList<RowHashes> RowHashes { get; } = rowHashes;

    public long RowCount { get; } = rowCount;

    public ITableSource Source { get; } = source;
}
