using System.Text;

namespace DataPlatform.Profiling.Tests;

/// <summary>Every malformed file is refused with a message naming the row (and column where known), never a crash.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("profiling-bad-").FullName;

    [Fact]
    public void An_unterminated_quote_names_the_row()
    {
        var error = Refused("a,b\n1,2\n3,\"four\n5,6\n");

        Assert.Equal(2, error.Row);
        Assert.Contains("quot", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_ragged_row_names_the_row()
    {
        var error = Refused("a,b,c\n1,2,3\n4,5\n6,7,8\n");

        Assert.Equal(2, error.Row);
        Assert.Contains("fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_NUL_byte_names_the_row_and_column()
    {
        var error = Refused("a,b\n1,2\n3,x\0y\n");

        Assert.Equal(2, error.Row);
        Assert.Equal("b", error.Column);
    }

    [Fact]
    public void Invalid_UTF8_names_the_row_and_column()
    {
        // Mostly UTF-8 (ü, ö), so not Windows-1252: the one bad sequence is damage.
        var error = Refused([.. "name,city\nann,Zürich\nbo,"u8, 0xC3, 0x28, .. "\nzoe,Malmö\n"u8]);

        Assert.Equal(2, error.Row);
        Assert.Equal("city", error.Column);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_several_bad_rows_the_first_is_named_whichever_thread_finds_it()
    {
        // Rows are checked in batches of 4,096 by two workers in turn, and quoting by the reader: the
        // NUL byte in row 4,500 comes first although later batches fail too.
        var before = string.Concat(Enumerable.Range(1, 8_499).Select(i => i == 4_500 ? "4500,x\0y\n" : $"{i},ok\n"));
        var after = string.Concat(Enumerable.Range(8_501, 11_000).Select(i => $"{i},ok\n"));
        byte[] content = [.. Encoding.UTF8.GetBytes("a,b\n" + before), .. "8500,"u8, 0xC3, 0x28, .. "\n"u8, .. Encoding.UTF8.GetBytes(after + "19501,\"open\n")];

        var error = Refused(content);

        Assert.Equal(4_500, error.Row);
        Assert.Equal("b", error.Column);
        Assert.Contains("NUL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_transcoded()
    {
        var path = Write([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("name,n\nZoë,1\nÅsa,2\nZoë,3\n")]);

        var statistics = Profiler.Profile(path).Statistics;

        Assert.Equal(3, statistics.RowCount);
        Assert.Equal(["Zoë=2", "Åsa=1"], ((TextColumnStatistics)statistics.Columns["name"]).TopValues.Select(kv => $"{kv.Key}={kv.Value}"));
    }

    [Fact]
    public void More_than_the_column_limit_is_refused()
    {
        var header = string.Join(",", Enumerable.Range(0, 10_001).Select(i => $"c{i}"));

        var error = Refused(header + "\n" + string.Join(",", Enumerable.Repeat("1", 10_001)) + "\n");

        Assert.Contains("10,001 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_over_the_limit_names_the_row_and_column()
    {
        var path = Write(Encoding.UTF8.GetBytes("id,blob\n1,small\n2," + new string('x', 2000) + "\n"));

        var error = Assert.Throws<InvalidDataFileException>(() => Profiler.Profile(path, new ProfileOptions { MaxFieldBytes = 1024 }));

        Assert.Equal(2, error.Row);
        Assert.Equal("blob", error.Column);
    }

    [Fact]
    public void A_field_over_16_MB_is_refused_by_default()
    {
        var path = Write(Encoding.UTF8.GetBytes("id,blob\n1," + new string('x', (16 * 1024 * 1024) + 1) + "\n"));

        var error = Assert.Throws<InvalidDataFileException>(() => Profiler.Profile(path));

        Assert.Equal(1, error.Row);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var error = Refused(""u8.ToArray());

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_profiles_as_empty_columns()
    {
        var statistics = Profiler.Profile(Write("a,b\n"u8.ToArray())).Statistics;

        Assert.Equal(0, statistics.RowCount);
        Assert.Equal(["a", "b"], statistics.Columns.Keys);
    }

    [Fact]
    public void A_truncated_Parquet_file_is_refused()
    {
        var complete = ParquetFiles.Write(_directory, "whole.parquet");
        var bytes = File.ReadAllBytes(complete);

        var error = Refused(bytes[..(bytes.Length / 2)]);

        Assert.Contains("Parquet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_with_the_Parquet_magic_is_refused()
    {
        var error = Refused([.. "PAR1"u8, .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31)), .. "PAR1"u8]);

        Assert.Contains("Parquet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ragged_row_names_the_line_of_the_file_counting_lines_inside_quoted_fields()
    {
        var error = Refused("a,b\n1,\"x\ny\"\n3,4,5\n");

        Assert.Equal(4, error.Line);
        Assert.Equal("Line 4: the line has 3 fields where the header has 2.", error.Message);
    }

    [Fact]
    public void A_NUL_byte_names_the_line_and_the_column()
    {
        var error = Refused("a,b\n1,\"multi\nline\"\n3,x\0y\n");

        Assert.Equal(4, error.Line);
        Assert.StartsWith("Line 4, column 'b': ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_an_ordinary_character()
    {
        var path = Write(Encoding.UTF8.GetBytes("id,where,height\n2095257564,37°36'37.8\"N 121°2'17.9\"W,5'10\"\n2,here,6'1\"\n"));

        var statistics = Profiler.Profile(path).Statistics;

        Assert.Equal(2, statistics.RowCount);
        Assert.Contains("37°36'37.8\"N 121°2'17.9\"W", ((TextColumnStatistics)statistics.Columns["where"]).TopValues.Keys);
        Assert.Contains("5'10\"", ((TextColumnStatistics)statistics.Columns["height"]).TopValues.Keys);
    }

    [Fact]
    public void Text_after_a_closing_quote_names_the_line()
    {
        var error = Refused("a,b\n1,2\n3,\"four\"th\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("text follows the closing quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_field_never_closed_names_the_line_where_it_starts()
    {
        var error = Refused("a,b\n1,2\n3,\"open\n5,6\n7,8\n");

        Assert.Equal(3, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF\n\n")]
    public void A_file_without_a_header_row_is_refused(string content)
    {
        var error = Refused(content);

        Assert.Contains("no header row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Parquet_footer_claiming_more_bytes_than_the_file_is_refused_before_reading_it()
    {
        var bytes = File.ReadAllBytes(ParquetFiles.Write(_directory, "whole.parquet"));
        BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 8, 4), 0x7fff_ffff);

        var error = Refused(bytes);

        Assert.Contains("2,147,483,647 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Parquet_error_never_names_the_path_of_the_file()
    {
        byte[] content = [.. "PAR1"u8, .. Enumerable.Range(0, 400).Select(i => (byte)(i * 7)), .. BitConverter.GetBytes(200), .. "PAR1"u8];

        var error = Refused(content);

        Assert.Contains("Parquet", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_directory, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(".bin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Parquet_struct_column_is_refused()
    {
        var path = Path.Combine(_directory, "struct.parquet");
        ParquetFiles.WriteStruct(path);

        var error = Assert.Throws<InvalidDataFileException>(() => Profiler.Profile(path));

        Assert.Equal("point", error.Column);
        Assert.Contains("nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Parquet_row_group_over_the_row_limit_is_refused()
    {
        var path = ParquetFiles.Write(_directory, "six-rows.parquet");

        var error = Assert.Throws<InvalidDataFileException>(() => Profiler.Profile(path, new ProfileOptions { MaxRowGroupRows = 5 }));

        Assert.Contains("row group 1 claims 6 rows; at most 5", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private InvalidDataFileException Refused(string csv) => Refused(Encoding.UTF8.GetBytes(csv));

    private InvalidDataFileException Refused(byte[] content) =>
        Assert.Throws<InvalidDataFileException>(() => Profiler.Profile(Write(content)));

    private string Write(byte[] content)
    {
        var path = Path.Combine(_directory, $"{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, content);
        return path;
    }
}
