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

/// <summary>Reads values back from the file after the main pass: the strings of top values, and ties.</summary>
internal interface ITableSource
{
    SourceDescription Description { get; }

    /// <summary>The text of each requested field, by 0-based data row and column index.</summary>
    IReadOnlyDictionary<(long Row, int Column), string> Fetch(IReadOnlyCollection<(long Row, int Column)> fields, CancellationToken cancellationToken);

    /// <summary>The <paramref name="needed"/> smallest distinct values of a column whose hashes are in <paramref name="hashes"/>.</summary>
    IReadOnlyList<string> SmallestAmong(int column, IReadOnlySet<ulong> hashes, int needed, CancellationToken cancellationToken);
}
