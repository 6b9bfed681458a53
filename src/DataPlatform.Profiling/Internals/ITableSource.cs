namespace DataPlatform.Profiling.Internals;

/// <summary>Reads values back from the file after the main pass: the strings of top values, and ties.</summary>
internal interface ITableSource
{
    SourceDescription Description { get; }

    /// <summary>The text of each requested field, by 0-based data row and column index.</summary>
    IReadOnlyDictionary<(long Row, int Column), string> Fetch(IReadOnlyCollection<(long Row, int Column)> fields, CancellationToken cancellationToken);

    /// <summary>The <paramref name="needed"/> smallest distinct values of a column whose hashes are in <paramref name="hashes"/>.</summary>
    IReadOnlyList<string> SmallestAmong(int column, IReadOnlySet<ulong> hashes, int needed, CancellationToken cancellationToken);
}
