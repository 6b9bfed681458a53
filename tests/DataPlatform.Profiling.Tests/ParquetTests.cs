namespace DataPlatform.Profiling.Tests;

/// <summary>Parquet keeps its declared types; the figures are the same as for CSV.</summary>
public sealed class ParquetTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-parquet-").FullName;

    [Fact]
    public void Declared_types_and_exact_figures()
    {
        var profile = Profiler.Profile(ParquetFiles.Write(_directory, "kinds.parquet"));
        var columns = profile.Statistics.Columns;

        Assert.Equal("parquet", profile.Source.Format);
        Assert.Equal(6, profile.Statistics.RowCount);
        var count = Assert.IsType<NumericColumnStatistics>(columns["count"]);
        Assert.Equal("int64", count.Type);
        Assert.Equal(1, count.Missing);
        Assert.Equal(4, count.Unique);
        Assert.Equal(21.0 / 5, count.Mean!.Value, 12);
        Assert.Equal(4, count.Percentiles.P50);
        var price = Assert.IsType<NumericColumnStatistics>(columns["price"]);
        Assert.Equal("float64", price.Type);
        Assert.Equal(2, price.Missing);
        Assert.Equal(17.5 / 4, price.Mean!.Value, 12);
        var flag = Assert.IsType<BooleanColumnStatistics>(columns["flag"]);
        Assert.Equal("bool", flag.Type);
        Assert.Equal(4.0 / 6, flag.Mean!.Value, 12);
        var stamp = Assert.IsType<DateColumnStatistics>(columns["stamp"]);
        Assert.Equal("datetime64", stamp.Type);
        Assert.Equal("2024-01-01T00:00:00", stamp.Min);
        Assert.Equal("2024-01-06T00:00:00", stamp.Max);
        var label = Assert.IsType<TextColumnStatistics>(columns["label"]);
        Assert.Equal(3, label.Unique);
        Assert.Equal(["a=3", "123=1", "b=1"], label.TopValues.Select(kv => $"{kv.Key}={kv.Value}"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
