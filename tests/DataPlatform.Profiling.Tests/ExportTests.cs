using System.Globalization;
using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace DataPlatform.Profiling.Tests;

/// <summary>Conversions keep the values; text that a spreadsheet would run stays text.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-export-").FullName;

    [Fact]
    public async Task A_CSV_copied_field_by_field_keeps_every_value_as_written()
    {
        const string text = "id,code,amount,note\r\n1,007,1.50,NA\r\n2,=1+2,-5,\"a, b\"\r\n";
        var output = await CsvFromCsv(text, excelSafe: false);

        Assert.Equal(text, output);
    }

    [Fact]
    public async Task Excel_safe_CSV_prefixes_formula_like_text_but_not_numbers()
    {
        var output = await CsvFromCsv("id;formula;signed;at\n1;=SUM(A1:A9);-5;@cmd\n2;+A1;+1.5e3;-x\n", excelSafe: true);

        Assert.Equal("id,formula,signed,at\r\n1,\"'=SUM(A1:A9)\",-5,\"'@cmd\"\r\n2,\"'+A1\",+1.5e3,\"'-x\"\r\n", output);
    }

    [Fact]
    public async Task Typed_CSV_from_Parquet_writes_numbers_dates_and_missing_values()
    {
        var path = ParquetFiles.Write(_directory, "kinds.parquet");
        using var output = new MemoryStream();

        await TableExport.WriteCsvAsync(path, null, Profiler.Profile(path).Schema, output, excelSafe: true, CancellationToken.None);

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split("\r\n");
        Assert.Equal("count,price,flag,stamp,label", lines[0]);
        Assert.Equal("1,1.5,True,2024-01-01,a", lines[1]);
        Assert.Equal("2,,False,2024-01-02T12:00:00,b", lines[2]);
        Assert.Equal(",2.5,True,,", lines[3]);
        Assert.Equal("4,,False,2024-01-05,123", lines[5]);
    }

    [Fact]
    public void XLSX_cells_are_values_and_formula_text_stays_text()
    {
        var path = Csv("name,amount,when,flag\n\"=HYPERLINK(\"\"http://x\"\")\",2.5,2024-03-01,true\nplain,-1,2024-03-02,false\n");
        using var output = new MemoryStream();

        var profile = Profiler.Profile(path);
        TableExport.WriteXlsx(path, null, profile.Schema, 2, profile.LongestValue, output, CancellationToken.None);

        output.Position = 0;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Read, leaveOpen: true))
        {
            var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
            Assert.DoesNotContain("<f>", sheet, StringComparison.Ordinal);
            Assert.DoesNotContain("<x:f>", sheet, StringComparison.Ordinal);
        }

        output.Position = 0;
        var rows = output.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("=HYPERLINK(\"http://x\")", rows[0]["name"]);
        Assert.Equal(2.5, Convert.ToDouble(rows[0]["amount"], CultureInfo.InvariantCulture));
        Assert.Equal(-1.0, Convert.ToDouble(rows[1]["amount"], CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2024, 3, 2), Convert.ToDateTime(rows[1]["when"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void XLSX_refuses_more_rows_than_a_sheet_holds()
    {
        var path = Csv("a\n1\n");

        var error = Assert.Throws<InvalidDataFileException>(() =>
            TableExport.WriteXlsx(path, null, [("a", "int64")], TableExport.XlsxMaxRows, 1, Stream.Null, CancellationToken.None));

        Assert.Contains("1,048,575", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void XLSX_refuses_a_value_longer_than_a_cell_holds_and_names_it()
    {
        var path = Csv($"a,b\n1,short\n2,{new string('x', TableExport.XlsxMaxCellCharacters + 1)}\n");

        var profile = Profiler.Profile(path);

        var error = Assert.Throws<InvalidDataFileException>(() =>
            TableExport.WriteXlsx(path, null, profile.Schema, 2, profile.LongestValue, new MemoryStream(), CancellationToken.None));

        Assert.Equal(2, error.Row);
        Assert.Equal("b", error.Column);
    }

    [Fact]
    public async Task Parquet_from_CSV_reads_back_with_the_same_types_and_values()
    {
        var source = Csv("id,price,flag,day,city\n1,2.5,true,2024-01-01,Oslo\n2,,false,2024-01-02,\n3,4,true,,Rome\n");
        var schema = Profiler.Profile(source).Schema;
        var target = Path.Combine(_directory, "out.parquet");

        await using (var stream = File.Create(target))
        {
            await TableExport.WriteParquetAsync(source, null, schema, stream, CancellationToken.None);
        }

        var back = Profiler.Profile(target);
        Assert.Equal(schema, back.Schema);
        Assert.Equal(
            TableRows.Read(source, null, schema.Select(c => c.Type).ToList()).Select(Describe),
            TableRows.Read(target, null, back.Schema.Select(c => c.Type).ToList()).Select(Describe));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Describe(object?[] row) => string.Join("|", row.Select(v => v?.ToString() ?? "null"));

    private string Csv(string text)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<string> CsvFromCsv(string text, bool excelSafe)
    {
        using var output = new MemoryStream();
        await TableExport.WriteCsvFromCsvAsync(Csv(text), null, output, excelSafe, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
