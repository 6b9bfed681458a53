using System.Globalization;
using System.Text;

namespace DataPlatform.Profiling.Tests;

/// <summary>
/// The alerts a person reads before using the data, and the figures behind them: zeros, datetime
/// histograms, and a quality score that a mostly empty column moves.
/// </summary>
public sealed class AlertTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-alerts-").FullName;

    [Fact]
    public void Each_kind_of_alert_names_the_columns_that_raise_it()
    {
        var csv = new StringBuilder("id,constant,sparse,empty,flag,skewed,zeros,twin,label,mixed\n");
        for (var i = 0; i < 100; i++)
        {
            csv.Append(i).Append(",k,")
                .Append(i < 30 ? ((i % 5) + 1).ToString(CultureInfo.InvariantCulture) : "").Append(",,")
                .Append(i < 95 ? "true" : "false").Append(',')
                .Append(i == 0 ? 1_000_000 : i % 3).Append(',')
                .Append(i < 50 ? 0 : i).Append(',')
                .Append(i * 2 + 1).Append(',')
                .Append("label").Append(i % 60).Append(',')
                .Append(i % 10 == 0 ? "7" : "w" + (i % 4)).Append('\n');
        }

        var profile = Profile(csv.ToString());
        var alerts = Alerts.Of(profile.Statistics, profile.Quality);

        string[] Kinds(string column) => alerts.Where(a => a.Columns.Contains(column)).Select(a => a.Kind).Distinct().Order().ToArray();
        Assert.Equal(["high_correlation", "unique"], Kinds("twin"));
        Assert.Equal(["high_correlation", "unique"], Kinds("id"));
        Assert.Equal(["constant"], Kinds("constant"));
        Assert.Equal(["high_missing"], Kinds("sparse"));
        Assert.Equal(["all_missing"], Kinds("empty"));
        Assert.Equal(["imbalanced"], Kinds("flag"));
        Assert.Contains("skewed", Kinds("skewed"));
        Assert.Contains("zeros", Kinds("zeros"));
        Assert.Equal(["high_cardinality"], Kinds("label"));
        Assert.Equal(["type_violation"], Kinds("mixed"));
        Assert.Contains(alerts, a => a.Kind == "high_correlation" && a.Columns.SequenceEqual(["id", "twin"]));
        Assert.DoesNotContain(alerts, a => a.Kind == "duplicates");
    }

    [Fact]
    public void Repeated_rows_raise_one_alert_for_the_table()
    {
        var profile = Profile("a,b\nx,1\ny,2\nx,1\nx,1\n");

        var alert = Assert.Single(Alerts.Of(profile.Statistics, profile.Quality), a => a.Kind == "duplicates");
        Assert.Empty(alert.Columns);
        Assert.Equal("2 rows repeat an earlier row (50%).", alert.Message);
    }

    [Fact]
    public void A_clean_table_has_no_alerts()
    {
        var profile = Profile("city,temperature\nOslo,3.5\nRome,14.25\nLima,19\nCairo,22.5\n");

        Assert.DoesNotContain(Alerts.Of(profile.Statistics, profile.Quality), a => a.Kind != "unique");
    }

    [Fact]
    public void Zeros_are_counted_exactly_minus_zero_included()
    {
        var statistics = (NumericColumnStatistics)Profile("v\n0\n-0.0\n0.0\n1\n\n2.5\n").Statistics.Columns["v"];

        Assert.Equal(3, statistics.Zeros);
    }

    [Fact]
    public void A_datetime_column_has_ten_equal_bins_from_its_first_to_its_last_value()
    {
        var csv = new StringBuilder("day\n");
        for (var d = 0; d <= 100; d++)
        {
            csv.Append(new DateOnly(2026, 1, 1).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        var histogram = ((DateColumnStatistics)Profile(csv.ToString()).Statistics.Columns["day"]).Histogram!;

        Assert.Equal([10, 10, 10, 10, 10, 10, 10, 10, 10, 11], histogram.Counts);
        Assert.Equal(11, histogram.BinEdges.Count);
        Assert.Equal("2026-01-01", histogram.BinEdges[0]);
        Assert.Equal("2026-01-11", histogram.BinEdges[1]);
        Assert.Equal("2026-04-11", histogram.BinEdges[10]);
    }

    [Fact]
    public void A_single_instant_gets_one_full_bin()
    {
        var histogram = ((DateColumnStatistics)Profile("t\n2026-03-01 12:00:00\n2026-03-01 12:00:00\n").Statistics.Columns["t"]).Histogram!;

        Assert.Equal(2, histogram.Counts.Sum());
        Assert.Equal(11, histogram.BinEdges.Count);
    }

    [Theory]
    [InlineData("id,valid_to\n1,2024-01-01\n2,9999-12-31T23:59:59.9999999\n", "9999-12-31T23:59:59.9999999")]
    [InlineData("id,created\n1,0001-01-01\n2,0001-01-01\n", "0001-01-01T12:00:00")]
    [InlineData("id,valid_to\n1,9999-12-31 23:59:59\n2,9999-12-31 23:59:59\n", "9999-12-31T23:59:59.9999999")]
    public void Dates_at_the_ends_of_the_calendar_get_a_histogram_within_it(string csv, string lastEdge)
    {
        var histogram = ((DateColumnStatistics)Profile(csv).Statistics.Columns.Values.Last()).Histogram!;

        Assert.Equal(2, histogram.Counts.Sum());
        Assert.Equal(lastEdge, histogram.BinEdges[^1]);
    }

    [Fact]
    public void A_column_ninety_percent_empty_costs_more_than_three_points_in_a_table_of_ten_columns()
    {
        var csv = new StringBuilder("a,b,c,d,e,f,g,h,i,sparse\n");
        for (var i = 0; i < 1000; i++)
        {
            csv.Append(string.Join(',', Enumerable.Range(0, 9).Select(c => (i * 10) + c))).Append(',').Append(i % 10 == 0 ? "1" : "").Append('\n');
        }

        var quality = Profile(csv.ToString()).Quality;
        var missing = quality.Checks.Single(c => c.Name == "missing_values");

        Assert.True(missing.Penalty > 3, $"the missing-values check cost {missing.Penalty} points");
        Assert.True(quality.OverallScore < 97, $"score {quality.OverallScore}");
        Assert.Equal(Math.Round(100 - quality.Checks.Sum(c => c.Penalty), 1), quality.OverallScore);
    }

    [Fact]
    public void Text_lengths_count_characters_as_pandas_str_len_does()
    {
        var statistics = (TextColumnStatistics)Profile("word\nab\n\ncafé\n😀\n\"a, b\"\nabc\n").Statistics.Columns["word"];

        Assert.Equal(1, statistics.MinLength);
        Assert.Equal(4, statistics.MaxLength);
        Assert.Equal((2 + 4 + 1 + 4 + 3) / 5.0, statistics.MeanLength!.Value, 12);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private DatasetProfile Profile(string csv)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        return Profiler.Profile(path);
    }
}
