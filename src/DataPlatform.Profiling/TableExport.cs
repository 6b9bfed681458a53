using System.Globalization;
using System.Text;
using CsvHelper;
using DataPlatform.Profiling.Internals;
using MiniExcelLibs;
using Parquet;
using Parquet.Schema;

namespace DataPlatform.Profiling;

/// <summary>
/// Writes a profiled file as CSV, XLSX or Parquet with the column types its profile gave it. Values
/// are written as values: numbers as numbers, text as text, never as spreadsheet formulas.
/// </summary>
public static class TableExport
{
    /// <summary>Rows of an XLSX sheet, the header row included.</summary>
    public const long XlsxMaxRows = 1_048_576;

    public const int XlsxMaxColumns = 16_384;

    /// <summary>Characters in one XLSX cell.</summary>
    public const int XlsxMaxCellCharacters = 32_767;

    /// <summary>Values held per Parquet row group: 100,000 rows of 10 columns, fewer rows for wider tables.</summary>
    private const int ParquetRowGroupCells = 1_000_000;

    /// <summary>
    /// Writes a CSV file as CSV, field by field with the bytes it has (so the values stay exactly
    /// as uploaded), except that with <paramref name="excelSafe"/> a text field a spreadsheet
    /// would run as a formula gets a leading <c>'</c> (see <see cref="IsFormulaLike(ReadOnlySpan{byte})"/>). The output is
    /// comma-separated UTF-8 whatever the separator of the source.
    /// </summary>
    public static async Task WriteCsvFromCsvAsync(string path, CsvDialect? dialect, Stream output, bool excelSafe, CancellationToken cancellationToken)
    {
        var options = (dialect ?? CsvDialect.Default).Apply(new CsvReaderOptions { HasHeader = false, SkipEmptyLines = true, TrimWhitespace = false }, path);
        using var reader = CsvReader.FromFile(path, options, FileOptions.SequentialScan);
        await using var writer = CsvWriter.Create(output, leaveOpen: true);
        while (reader.Read())
        {
            for (var c = 0; c < reader.FieldCount; c++)
            {
                var field = reader.GetSpan(c);
                if (excelSafe && IsFormulaLike(field))
                {
                    writer.WriteField(Escape(Encoding.UTF8.GetString(field)), CsvQuoting.Always);
                }
                else
                {
                    writer.WriteField(field);
                }
            }

            await writer.EndRecordAsync(cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Writes any profiled file as CSV from its typed values: numbers in the shortest form that
    /// reads back as the same number, dates as ISO 8601, booleans as True/False, missing values as
    /// empty fields; with <paramref name="excelSafe"/>, formula-like text is prefixed as above.
    /// </summary>
    public static async Task WriteCsvAsync(string path, CsvDialect? dialect, IReadOnlyList<(string Name, string Type)> columns, Stream output, bool excelSafe, CancellationToken cancellationToken)
    {
        await using var writer = CsvWriter.Create(output, leaveOpen: true);
        writer.WriteHeader(columns.Select(c => excelSafe && IsFormulaLike(c.Name) ? Escape(c.Name) : c.Name).ToArray());
        foreach (var row in TableRows.Read(path, dialect, columns.Select(c => c.Type).ToList()))
        {
            foreach (var value in row)
            {
                switch (value)
                {
                    case null:
                        writer.WriteField((string?)null);
                        break;
                    case long integer:
                        writer.WriteField(integer, default);
                        break;
                    case double number:
                        writer.WriteField(number, default);
                        break;
                    case bool flag:
                        writer.WriteField(flag);
                        break;
                    case DateTime moment:
                        writer.WriteField(IsoDate(moment));
                        break;
                    default:
                        var text = (string)value;
                        if (excelSafe && IsFormulaLike(text))
                        {
                            writer.WriteField(Escape(text), CsvQuoting.Always);
                        }
                        else
                        {
                            writer.WriteField(text);
                        }

                        break;
                }
            }

            await writer.EndRecordAsync(cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
        }

        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// Writes an XLSX workbook of one sheet: a header row, then the rows with numbers, booleans and
    /// dates as typed cells and text as text cells (a value starting with <c>=</c> stays text).
    /// </summary>
    /// <param name="longestValueBytes">The profile's longest value: cells are checked against the cell limit only when it is over it.</param>
    /// <exception cref="InvalidDataFileException">The table does not fit a sheet (rows, columns or a cell's length).</exception>
    public static void WriteXlsx(string path, CsvDialect? dialect, IReadOnlyList<(string Name, string Type)> columns, long rowCount, long longestValueBytes, Stream output, CancellationToken cancellationToken)
    {
        if (rowCount + 1 > XlsxMaxRows)
        {
            throw new InvalidDataFileException(string.Create(CultureInfo.InvariantCulture, $"the table has {rowCount:N0} rows; an XLSX sheet holds at most {XlsxMaxRows - 1:N0} below its header."));
        }

        if (columns.Count > XlsxMaxColumns)
        {
            throw new InvalidDataFileException(string.Create(CultureInfo.InvariantCulture, $"the table has {columns.Count:N0} columns; an XLSX sheet holds at most {XlsxMaxColumns:N0}."));
        }

        var types = columns.Select(c => c.Type).ToList();
        // A character is at least one UTF-8 byte: below the limit in bytes, no cell can be over it.
        var checkCells = longestValueBytes > XlsxMaxCellCharacters;
        long row = 0;
        var rows = TableRows.Read(path, dialect, types).Select(values =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            row++;
            var cells = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
            for (var c = 0; c < columns.Count; c++)
            {
                if (checkCells && values[c] is string { Length: > XlsxMaxCellCharacters } text)
                {
                    throw new InvalidDataFileException(string.Create(CultureInfo.InvariantCulture, $"the value has {text.Length:N0} characters; an XLSX cell holds at most {XlsxMaxCellCharacters:N0}."), row, columns[c].Name);
                }

                cells[columns[c].Name] = values[c];
            }

            return cells;
        });
        MiniExcel.SaveAs(output, rows, printHeader: true, sheetName: "data", excelType: ExcelType.XLSX);
    }

    /// <summary>
    /// Writes a Parquet file with a nullable column per column: int64, double, boolean, timestamp or
    /// UTF-8 string, in row groups of 100,000 rows (fewer for tables wider than 10 columns, so that
    /// a row group holds at most a million values). <paramref name="output"/> must be seekable.
    /// </summary>
    public static async Task WriteParquetAsync(string path, CsvDialect? dialect, IReadOnlyList<(string Name, string Type)> columns, Stream output, CancellationToken cancellationToken)
    {
        var fields = columns.Select(c => ParquetField(c.Name, c.Type)).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output, cancellationToken: cancellationToken);
        var rowsPerGroup = Math.Max(1, ParquetRowGroupCells / Math.Max(1, columns.Count));
        var batch = new List<object?[]>(rowsPerGroup);
        foreach (var row in TableRows.Read(path, dialect, columns.Select(c => c.Type).ToList()))
        {
            batch.Add(row);
            if (batch.Count == rowsPerGroup)
            {
                await WriteRowGroupAsync(writer, fields, batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await WriteRowGroupAsync(writer, fields, batch, cancellationToken);
        }
    }

    /// <summary>
    /// Whether a text value would run as a formula in a spreadsheet: it starts with <c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return and is not a number (<c>-5</c> and
    /// <c>+1.5e3</c> are left alone). CsvHelper's own injection option cannot tell text that is a
    /// number from other text, so it would change negative numbers in text columns.
    /// </summary>
    public static bool IsFormulaLike(ReadOnlySpan<byte> field) =>
        !field.IsEmpty && field[0] is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)'\t' or (byte)'\r'
        && ValueSyntax.TryNumber(field, out _, out _) == NumberKind.None;

    private static bool IsFormulaLike(string text) => text.Length > 0 && IsFormulaLike(Encoding.UTF8.GetBytes(text));

    private static string Escape(string text) => "'" + text;

    private static string IsoDate(DateTime moment) =>
        moment.TimeOfDay == TimeSpan.Zero
            ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static DataField ParquetField(string name, string type) => type switch
    {
        "int64" => new DataField<long?>(name),
        "float64" => new DataField<double?>(name),
        "bool" => new DataField<bool?>(name),
        "datetime64" => new DataField<DateTime?>(name),
        _ => new DataField<string>(name, nullable: true),
    };

    private static async Task WriteRowGroupAsync(ParquetWriter writer, DataField[] fields, List<object?[]> rows, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var field = fields[c];
            var column = c;
            switch (field)
            {
                case DataField<long?>:
                    await group.WriteAsync<long>(field, rows.Select(r => (long?)r[column]).ToArray(), null, null, cancellationToken);
                    break;
                case DataField<double?>:
                    await group.WriteAsync<double>(field, rows.Select(r => (double?)r[column]).ToArray(), null, null, cancellationToken);
                    break;
                case DataField<bool?>:
                    await group.WriteAsync<bool>(field, rows.Select(r => (bool?)r[column]).ToArray(), null, null, cancellationToken);
                    break;
                case DataField<DateTime?>:
                    await group.WriteAsync<DateTime>(field, rows.Select(r => (DateTime?)r[column]).ToArray(), null, null, cancellationToken);
                    break;
                default:
                    await group.WriteAsync(field, rows.Select(r => (string?)r[column]).ToArray(), null);
                    break;
            }
        }

        group.CompleteValidate();
    }
}
