namespace DataPlatform.Profiling.Tests;

/// <summary>
/// Duplicate rows are rows with the same typed values, as pandas' <c>duplicated()</c> finds them in the
/// frame <c>read_csv</c> gives (with the date rule of features.md): however the file quotes or spells them.
/// </summary>
public sealed class DuplicateRowTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-duplicates-").FullName;

    [Theory]
    [InlineData("a,b\nx,1\n\"x\",1\n", 1)]
    [InlineData("a,b\n\"q\"\"r\",2\n\"q\"\"r\",2\nq,2\n", 1)]
    [InlineData("a,b\n\"a,b\",c\na,\"b,c\"\n", 0)]
    [InlineData("a,b\n\"a,b\",c\n\"a,b\",\"c\"\n", 1)]
    [InlineData("a,b\n,\n\"\",\n1,2\n", 1)]
    [InlineData("a,b\n2, .06450 \n2, .06450\n", 1)]
    [InlineData("a,b\nx,2\nx,2.0\ny,2.5\n", 1)]
    [InlineData("a,b\nx,2\nx,02\nx, 2\n", 2)]
    [InlineData("d,v\n2026-01-02,1\n2026-01-02 00:00:00,1\n2026-01-02T00:00:00,1\n2026-01-03,1\n", 2)]
    [InlineData("f,v\nTrue,1\ntrue,1\nFALSE,2\nfalse,2\n", 2)]
    [InlineData("a,b\nx,\nx,NA\nx,NaN\nx,1\n", 2)]
    [InlineData("a,b\nx,1\nx,01\nx,abc\n", 0)]
    [InlineData("a,b\nx,abc\nx, abc\n", 0)]
    [InlineData("a,b\nx,2\nx,2.0\nx,abc\n", 0)]
    [InlineData("a,b\nx,2\nx,2\nx,abc\n", 1)]
    [InlineData("a,b\nTrue,1\ntrue,1\nmaybe,1\n", 0)]
    [InlineData("id\n1234567890123456789\n1234567890123456788\n1234567890123456789\n", 1)]
    [InlineData("a,b\n1,2\n2,1\n", 0)]
    public void Rows_with_the_same_typed_values_are_duplicates_however_they_are_quoted_or_spelled(string csv, long duplicates)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);

        Assert.Equal(duplicates, Profiler.Profile(path).Statistics.DuplicateRows);
    }

    /// <summary>
    /// A column that turns to text after thousands of numbers is compared as text from its first row on
    /// ("5" and "5.0" differ, as in pandas' object column), whichever worker read which column.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_column_that_turns_to_text_late_compares_its_earlier_numbers_as_text(int workers)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        var lines = Enumerable.Range(0, 10_000).Select(i => $"x,{i % 50}{((i / 50) % 2 == 0 ? "" : ".0")},{i % 7}");
        File.WriteAllLines(path, ["a,b,c", .. lines, "x,abc,1"]);

        // As text, b holds 100 spellings; with c (7 values, coprime with 100) that makes 700 distinct rows.
        var statistics = Profiler.Profile(path, new ProfileOptions { Workers = workers }).Statistics;

        Assert.Equal(10_000 - 700, statistics.DuplicateRows);
        Assert.Equal("object", statistics.Columns["b"].Type);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
