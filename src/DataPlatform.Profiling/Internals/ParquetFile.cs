using System.Buffers.Binary;
using Parquet;
using Parquet.Schema;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Opens Parquet files for every reader of the engine, after the checks that keep a hostile file from
/// making Parquet.Net allocate what the file claims rather than what it holds: a footer no longer
/// than the file, row groups of at most <see cref="ProfileOptions.MaxRowGroupRows"/> rows, and flat columns only. The
/// file is opened as a stream, so that no message of Parquet.Net can name the path on this machine.
/// </summary>
internal static class ParquetFile
{
    private const int MagicLength = 4;

    public static async Task<ParquetReader> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            CheckFooter(stream);
            var reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: false, cancellationToken: cancellationToken);
            try
            {
                CheckSchema(reader.Schema);
                return reader;
            }
            catch
            {
                await reader.DisposeAsync();
                throw;
            }
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>The rows of a row group, refused beyond <paramref name="limit"/> before anything of that size is allocated.</summary>
    public static int RowsOf(ParquetRowGroupReader group, int index, int limit)
    {
        if (group.RowCount < 0 || group.RowCount > limit)
        {
            throw new InvalidDataFileException($"row group {index + 1} claims {group.RowCount:N0} rows; at most {limit:N0} rows per row group are supported (write the file with smaller row groups).");
        }

        return (int)group.RowCount;
    }

    /// <summary>A Parquet file ends with its footer, the footer's length (4 bytes, little-endian) and "PAR1".</summary>
    private static void CheckFooter(FileStream stream)
    {
        var length = stream.Length;
        if (length < (3 * MagicLength) + 1)
        {
            throw new InvalidDataFileException("The Parquet file is too short to hold a footer; it may be truncated.");
        }

        Span<byte> tail = stackalloc byte[2 * MagicLength];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        stream.Position = 0;
        if (!tail[MagicLength..].SequenceEqual("PAR1"u8))
        {
            throw new InvalidDataFileException("The Parquet file does not end with PAR1; it may be truncated.");
        }

        var footer = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footer <= 0 || footer > length - (3 * MagicLength))
        {
            throw new InvalidDataFileException($"The Parquet file is damaged: its footer claims {footer:N0} bytes of a {length:N0}-byte file.");
        }
    }

    private static void CheckSchema(ParquetSchema schema)
    {
        if (schema.Fields.FirstOrDefault(f => f.SchemaType != SchemaType.Data) is { } nested)
        {
            throw new InvalidDataFileException($"nested Parquet columns ({nested.SchemaType.ToString().ToLowerInvariant()}) are not supported; flatten the table first.", column: nested.Name);
        }

        if (schema.GetDataFields().FirstOrDefault(f => f.IsArray || f.MaxRepetitionLevel > 0) is { } repeated)
        {
            throw new InvalidDataFileException("nested and repeated Parquet columns are not supported; flatten the table first.", column: repeated.Name);
        }
    }
}
