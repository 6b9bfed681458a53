namespace DataPlatform.Profiling.Tests;

/// <summary>A page of rows read from any offset, in CSV and in Parquet across row groups.</summary>
public sealed class TableRowsPageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-pages-").FullName;

    [Theory]
    [InlineData(0, 3, new long[] { 0, 1, 2 })]
    [InlineData(9, 3, new long[] { 9, 10, 11 })]
    [InlineData(10, 2, new long[] { 10, 11 })]
    [InlineData(28, 5, new long[] { 28, 29 })]
    [InlineData(30, 5, new long[0])]
    public void A_page_starts_at_its_offset_in_Parquet_row_groups_and_in_CSV(long offset, int limit, long[] ids)
    {
        var parquet = Path.Combine(_directory, "groups.parquet");
        ParquetFiles.WriteGroups(parquet, groups: 3, rowsPerGroup: 10);
        var csv = Path.Combine(_directory, "rows.csv");
        File.WriteAllText(csv, "id\n" + string.Join('\n', Enumerable.Range(0, 30)) + "\n");

        Assert.Equal(ids, TableRows.Page(parquet, null, ["int64"], offset, limit).Select(row => (long)row[0]!));
        Assert.Equal(ids, TableRows.Page(csv, null, ["int64"], offset, limit).Select(row => (long)row[0]!));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
