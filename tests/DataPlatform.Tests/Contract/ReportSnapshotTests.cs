using DataPlatform.Features.Cli;
using DataPlatform.Tests.Support;

namespace DataPlatform.Tests.Contract;

/// <summary>The markup of the profile report of one small fixed file, approved: a change to the page shows up here as a diff to look at.</summary>
public sealed class ReportSnapshotTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("report-snapshot-").FullName;

    [Fact]
    public void The_profile_report_of_a_small_fixed_file_is_the_approved_page()
    {
        var path = Path.Combine(_directory, "orders.csv");
        File.WriteAllText(
            path,
            "order_id,placed,amount,status,gift\n" +
            "1,2026-01-05,19.99,shipped,false\n" +
            "2,2026-01-06,5.50,shipped,true\n" +
            "3,2026-01-06,,cancelled,false\n" +
            "4,2026-01-09,120.00,shipped,false\n" +
            "5,2026-01-12,0,returned,false\n" +
            "6,2026-01-12,42.25,shipped,false\n");
        var html = Path.Combine(_directory, "report.html");

        Assert.Equal(0, ProfileCommand.Run(["profile", path, "--html", html], new StringWriter(), new StringWriter()));

        Snapshot.Match(File.ReadAllText(html), "profile-report.html");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
