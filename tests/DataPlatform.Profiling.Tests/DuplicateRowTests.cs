namespace DataPlatform.Profiling.Tests;

/// <summary>Duplicate rows are rows with the same values, however the file quotes them.</summary>
public sealed class DuplicateRowTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-duplicates-").FullName;

    [Theory]
    [InlineData("a,b\nx,1\n\"x\",1\n", 1)]
    [InlineData("a,b\n\"q\"\"r\",2\n\"q\"\"r\",2\nq,2\n", 1)]
    [InlineData("a,b\n\"a,b\",c\na,\"b,c\"\n", 0)]
    [InlineData("a,b\n\"a,b\",c\n\"a,b\",\"c\"\n", 1)]
    [InlineData("a,b\n,\n\"\",\n1,2\n", 1)]
    public void Rows_with_the_same_values_are_duplicates_however_they_are_quoted(string csv, long duplicates)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);

        Assert.Equal(duplicates, Profiler.Profile(path).Statistics.DuplicateRows);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
