using System.Text;

namespace DataPlatform.Profiling.Tests;

/// <summary>
/// The encoding and the header row of a CSV file are detected, reported in the profile's source and
/// read the same way by the preview and the exports.
/// </summary>
public sealed class DialectTests : IDisposable
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-dialect-").FullName;

    [Fact]
    public void A_Windows_1252_file_from_Excel_is_read_as_Windows_1252()
    {
        var path = Write(Windows1252.GetBytes("Kunde;Straße;Betrag\nMüller;Hauptstraße 1;12\nJosé;Cañada 5;7\nMüller;Gärtnerweg 2;3\n"));

        var profile = Profiler.Profile(path);

        Assert.Equal(new SourceDescription("csv", ";", "windows-1252", new FileInfo(path).Length, HeaderRow: true), profile.Source);
        Assert.Equal(["Kunde", "Straße", "Betrag"], profile.Statistics.Columns.Keys);
        Assert.Equal(["Müller=2", "José=1"], Top(profile, "Kunde"));
        Assert.Equal(["Müller", "Hauptstraße 1", "12"], Values(TableRows.Preview(path, profile.Source.Dialect, Types(profile), 1).Single()));
    }

    [Fact]
    public void A_Windows_1252_letter_far_past_the_start_makes_the_whole_file_Windows_1252()
    {
        // 200,000 ASCII rows (several MiB), then the first accented letter.
        var rows = string.Concat(Enumerable.Range(0, 200_000).Select(i => $"name{i % 7},{i}\n"));
        var path = Write([.. Encoding.ASCII.GetBytes("name,n\n" + rows), .. Windows1252.GetBytes("Zoë,1\n")]);

        var profile = Profiler.Profile(path);

        Assert.Equal("windows-1252", profile.Source.Encoding);
        Assert.Equal(200_001, profile.Statistics.RowCount);
        Assert.Contains("Zoë", ((TextColumnStatistics)profile.Statistics.Columns["name"]).TopValues.Keys);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void UTF16_without_a_byte_order_mark_is_recognised(bool bigEndian, string expected)
    {
        var path = Write(new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("name,n\nZoë,1\nÅsa,2\nZoë,3\n"));

        var profile = Profiler.Profile(path);

        Assert.Equal(expected, profile.Source.Encoding);
        Assert.Equal(["Zoë=2", "Åsa=1"], Top(profile, "name"));
        Assert.Equal(["Åsa", "2"], Values(TableRows.Preview(path, profile.Source.Dialect, Types(profile), 2).Last()));
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16le")]
    public void A_byte_order_mark_decides(byte[] mark, string expected)
    {
        var text = "name,n\nZoë,1\n";
        var body = expected == "utf-8" ? Encoding.UTF8.GetBytes(text) : Encoding.Unicode.GetBytes(text);
        var path = Write([.. mark, .. body]);

        var profile = Profiler.Profile(path);

        Assert.Equal(expected, profile.Source.Encoding);
        Assert.Equal(["name", "n"], profile.Statistics.Columns.Keys);
        Assert.Equal(["Zoë", "1"], Values(TableRows.Preview(path, profile.Source.Dialect, Types(profile), 1).Single()));
    }

    [Fact]
    public void A_file_whose_first_row_is_numbers_under_numbers_has_no_header()
    {
        var path = Write(Encoding.UTF8.GetBytes("1,2.5,x\n4,5.5,y\n7,8.5,x\n"));

        var profile = Profiler.Profile(path);

        Assert.False(profile.Source.HeaderRow);
        Assert.Equal(["0", "1", "2"], profile.Statistics.Columns.Keys);
        Assert.Equal(3, profile.Statistics.RowCount);
        Assert.Equal(4, ((NumericColumnStatistics)profile.Statistics.Columns["0"]).Mean);
        var preview = TableRows.Preview(path, profile.Source.Dialect, Types(profile), 20).ToList();
        Assert.Equal(["1", "2.5", "x"], Values(preview[0]));
        Assert.Equal(3, preview.Count);
    }

    [Theory]
    [InlineData("name,age\nAlice,30\nBob,25\n")]
    [InlineData("id,name\nAB,Alice\nCD,Bob\n")]
    [InlineData("city,country\nParis,France\nOslo,Norway\n")]
    [InlineData("2020,2021\nabc,def\n")]
    [InlineData("only\n")]
    public void A_first_row_is_a_header_unless_it_is_numbers_under_numbers(string csv)
    {
        var profile = Profiler.Profile(Write(Encoding.UTF8.GetBytes(csv)));

        Assert.True(profile.Source.HeaderRow);
        Assert.Equal(csv[..csv.IndexOf('\n', StringComparison.Ordinal)].Split(','), profile.Statistics.Columns.Keys);
    }

    [Fact]
    public async Task Exports_read_the_file_as_the_profile_did()
    {
        var path = Write(Windows1252.GetBytes("1;Müller\n2;José\n"));
        var profile = Profiler.Profile(path);
        using var output = new MemoryStream();

        await TableExport.WriteCsvFromCsvAsync(path, profile.Source.Dialect, output, excelSafe: true, CancellationToken.None);

        Assert.Equal(new CsvDialect("windows-1252", HeaderRow: false), profile.Source.Dialect);
        Assert.Equal("1,Müller\r\n2,José\r\n", Encoding.UTF8.GetString(output.ToArray()));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static List<string> Top(DatasetProfile profile, string column) =>
        ((TextColumnStatistics)profile.Statistics.Columns[column]).TopValues.Select(kv => $"{kv.Key}={kv.Value}").ToList();

    private static List<string> Types(DatasetProfile profile) => profile.Schema.Select(c => c.Type).ToList();

    private static List<string> Values(object?[] row) => row.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList();

    private string Write(byte[] content)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, content);
        return path;
    }
}
