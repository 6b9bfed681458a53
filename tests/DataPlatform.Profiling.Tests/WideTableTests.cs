using System.Text;

namespace DataPlatform.Profiling.Tests;

/// <summary>
/// Memory follows the fields a file really holds, not its column count: a 79 KB file of 10,000 columns
/// once asked for 80 GB (a full chunk of values per column, a batch of 4,096 rows of 10,000 fields, an
/// object per correlated pair).
/// </summary>
[Collection(nameof(AllocationMeasurements))]
public sealed class WideTableTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-wide-").FullName;

    [Fact]
    public void Ten_thousand_columns_of_one_row_profile_in_little_memory()
    {
        var path = Write(Header(10_000) + "\n" + string.Join(",", Enumerable.Repeat("1", 10_000)) + "\n");
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var statistics = Profiler.Profile(path).Statistics;

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.True(allocated < 300L << 20, $"Profiling a 79 KB file allocated {allocated >> 20} MiB.");
        Assert.Equal(1, statistics.RowCount);
        Assert.Equal(10_000, statistics.Columns.Count);
        Assert.Equal(1, statistics.Columns["c9999"].Unique);
    }

    [Fact]
    public void One_huge_field_grows_its_own_batch_only()
    {
        // A 16 MiB field, then enough small rows to cycle every batch of the reader.
        var path = Write("id,text\n1," + new string('x', 16 * 1024 * 1024 - 1) + "\n" + string.Concat(Enumerable.Range(2, 200_000).Select(i => $"{i},t{i % 7}\n")));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var statistics = Profiler.Profile(path).Statistics;

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.Equal(200_000, statistics.RowCount - 1);
        Assert.True(allocated < 300L << 20, $"Profiling a 17 MB file allocated {allocated >> 20} MiB.");
    }

    [Fact]
    public void Correlations_cover_the_first_hundred_numeric_columns_and_count_the_others()
    {
        // 150 numeric columns and a text column between them; column k holds k * row (+ row % 3 for odd k).
        var header = "label," + Header(150);
        var rows = Enumerable.Range(0, 20).Select(r => $"t{r}," + string.Join(",", Enumerable.Range(0, 150).Select(k => (k * r) + (k % 2 == 1 ? r % 3 : 0))));
        var statistics = Profiler.Profile(Write(header + "\n" + string.Join("\n", rows) + "\n")).Statistics;

        Assert.Equal(Enumerable.Range(0, 100).Select(k => $"c{k}"), statistics.Correlations.Keys);
        Assert.Equal(100, statistics.Correlations["c99"].Count);
        Assert.Equal(50, statistics.CorrelationColumnsOmitted);
        Assert.Equal(1.0, statistics.Correlations["c2"]["c4"]!.Value, 12);
        Assert.Null(statistics.Correlations["c0"]["c2"]);
    }

    [Fact]
    public void The_correlation_limit_is_an_option()
    {
        var path = Write("a,b,c\n1,2,3\n2,4,7\n3,5,8\n");

        var statistics = Profiler.Profile(path, new ProfileOptions { MaxCorrelationColumns = 2 }).Statistics;

        Assert.Equal(["a", "b"], statistics.Correlations.Keys);
        Assert.Equal(1, statistics.CorrelationColumnsOmitted);
    }

    [Fact]
    public void Ten_thousand_equal_headers_are_numbered_in_order()
    {
        var path = Write(string.Join(",", Enumerable.Repeat("a", 9_999)) + ",a.2\n" + string.Join(",", Enumerable.Repeat("x", 10_000)) + "\n");

        var names = Profiler.Profile(path).Statistics.Columns.Keys.ToList();

        Assert.Equal(["a", "a.1", "a.2", "a.3"], names.Take(4));
        Assert.Equal("a.9998", names[9_998]);
        Assert.Equal("a.2.1", names[^1]);
    }

    [Fact]
    public void Quality_details_name_at_most_five_mixed_columns()
    {
        var path = Write(Header(8) + "\n" + string.Join(",", Enumerable.Repeat("x", 8)) + "\n" + string.Join(",", Enumerable.Repeat("1", 8)) + "\n");

        var mixed = Profiler.Profile(path).Quality.Checks.Single(c => c.Name == "mixed_types");

        Assert.False(mixed.Passed);
        Assert.EndsWith("and 3 more.", mixed.Details, StringComparison.Ordinal);
        Assert.Equal(8, mixed.Columns.Count);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Header(int columns) => string.Join(",", Enumerable.Range(0, columns).Select(i => $"c{i}"));

    private string Write(string content)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
