using System.Text;

namespace DataPlatform.Profiling.Tests;

/// <summary>Values come back as the file said them: dates as dates, times in UTC with Z when they had a zone, booleans as JSON spells them.</summary>
public sealed class FaithfulValueTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-faithful-").FullName;

    [Fact]
    public void Statistics_keep_dates_as_dates_zoned_times_with_Z_and_booleans_in_JSON_spelling()
    {
        var path = Write("day,at,local,flag\n2026-01-02,2026-01-02T19:11:25Z,2026-01-02T19:11:25,true\n2026-01-03,2026-01-03T08:00:00+01:00,2026-01-03T08:00:00,false\n2026-01-04,2026-01-04T10:30:00.5Z,2026-01-04T10:30:00.5,true\n");

        var columns = Profiler.Profile(path).Statistics.Columns;

        var day = Assert.IsType<DateColumnStatistics>(columns["day"]);
        var at = Assert.IsType<DateColumnStatistics>(columns["at"]);
        var local = Assert.IsType<DateColumnStatistics>(columns["local"]);
        Assert.Equal(("2026-01-02", "2026-01-04"), (day.Min, day.Max));
        Assert.Equal(("2026-01-02T19:11:25Z", "2026-01-04T10:30:00.5Z"), (at.Min, at.Max));
        Assert.Equal("2026-01-03T07:00:00Z", at.Percentiles.P50);
        Assert.Equal(("2026-01-02T19:11:25", "2026-01-04T10:30:00.5"), (local.Min, local.Max));
        Assert.Equal(["true", "false"], Assert.IsType<BooleanColumnStatistics>(columns["flag"]).TopValues.Keys);
    }

    [Fact]
    public void The_preview_keeps_what_the_file_said()
    {
        var path = Write("day,at,local,flag,n\n2026-01-02,2026-01-02T19:11:25Z,2026-01-02T19:11:25,true,1\n2026-01-03,2026-01-03T08:00:00+01:00,2026-01-03T08:00:00,false,2\n");

        var rows = TableRows.Preview(path, null, ["datetime64", "datetime64", "datetime64", "bool", "int64"], 20).ToList();

        Assert.Equal(["2026-01-02", "2026-01-02T19:11:25Z", "2026-01-02T19:11:25", true, 1L], rows[0]);
        Assert.Equal(["2026-01-03", "2026-01-03T07:00:00Z", "2026-01-03T08:00:00", false, 2L], rows[1]);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string content)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
