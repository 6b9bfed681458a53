using System.Buffers;
using System.Text;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// The text encoding of a CSV file: a byte order mark when there is one; UTF-16 without one when every
/// other byte of the start is zero; else UTF-8 when the bytes are UTF-8, and Windows-1252 (the ANSI code
/// page of Excel in Western Europe, a superset of Latin-1's letters) when they are not.
/// </summary>
internal static class TextEncodings
{
    /// <summary>The start of a file the encoding is judged on.</summary>
    public const int SampleBytes = 64 * 1024;

    private const int ChunkBytes = 1 << 20;

    /// <summary>
    /// The encoding of <paramref name="path"/>, judged on its first <see cref="SampleBytes"/>: when they
    /// are valid UTF-8 the file is taken as UTF-8 (a reader that finds an invalid byte later asks
    /// <see cref="Classify(string)"/>); when they are not, the whole file decides.
    /// </summary>
    public static string Detect(string path)
    {
        var sample = ArrayPool<byte>.Shared.Rent(SampleBytes);
        try
        {
            int length;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
            {
                length = stream.ReadAtLeast(sample.AsSpan(0, SampleBytes), SampleBytes, throwOnEndOfStream: false);
            }

            var bytes = sample.AsSpan(0, length);
            if (ByteOrderMark(bytes) is { } marked)
            {
                return marked;
            }

            if (Utf16WithoutMark(bytes) is { } utf16)
            {
                return utf16;
            }

            var counts = new Utf8Counts();
            counts.Add(bytes, final: length < SampleBytes);
            return counts.Invalid == 0 ? CsvDialect.Utf8 : Classify(path);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sample);
        }
    }

    /// <summary>
    /// UTF-8 or Windows-1252, judged on the whole file: Windows-1252 when its invalid UTF-8 sequences
    /// are at least as many as its valid multi-byte ones (an accented letter of Windows-1252 is one
    /// byte that UTF-8 cannot start with), else UTF-8 (with damaged bytes, which the reader refuses,
    /// naming the line).
    /// </summary>
    public static string Classify(string path)
    {
        var counts = new Utf8Counts();
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var carried = 0;
            while (true)
            {
                var read = stream.ReadAtLeast(buffer.AsSpan(carried, ChunkBytes), ChunkBytes, throwOnEndOfStream: false);
                var length = carried + read;
                var final = read < ChunkBytes;
                carried = counts.Add(buffer.AsSpan(0, length), final);
                if (final)
                {
                    break;
                }

                buffer.AsSpan(length - carried, carried).CopyTo(buffer);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return counts.Invalid > 0 && counts.Invalid >= counts.MultiByte ? CsvDialect.Windows1252 : CsvDialect.Utf8;
    }

    /// <summary>
    /// The encoding a reader is given for a file: none when the file starts with a byte order mark,
    /// which the reader honours, or is UTF-8, which it assumes.
    /// </summary>
    public static Encoding? ForReader(string encoding, string path) => encoding switch
    {
        CsvDialect.Utf8 => null,
        _ when StartsWithMark(path) => null,
        CsvDialect.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
        CsvDialect.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
        CsvDialect.Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not an encoding of a CSV dialect."),
    };

    private static bool StartsWithMark(string path)
    {
        Span<byte> start = stackalloc byte[3];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        return ByteOrderMark(start[..stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false)]) is not null;
    }

    private static string? ByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? CsvDialect.Utf8
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? CsvDialect.Utf16LittleEndian
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? CsvDialect.Utf16BigEndian
        : null;

    /// <summary>
    /// UTF-16 without a byte order mark: text in Latin script has a zero byte in most characters, always
    /// on the same side (the second byte in little-endian), and UTF-8 text has none.
    /// </summary>
    private static string? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var pairs = bytes.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int zeroFirst = 0, zeroSecond = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i] == 0 && bytes[i + 1] != 0)
            {
                zeroFirst++;
            }
            else if (bytes[i] != 0 && bytes[i + 1] == 0)
            {
                zeroSecond++;
            }
        }

        // Most characters of one side, almost none of the other.
        return zeroSecond * 10 >= pairs * 4 && zeroFirst * 20 <= pairs ? CsvDialect.Utf16LittleEndian
            : zeroFirst * 10 >= pairs * 4 && zeroSecond * 20 <= pairs ? CsvDialect.Utf16BigEndian
            : null;
    }

    /// <summary>Valid multi-byte sequences and invalid ones, counted over ASCII runs skipped at vector speed.</summary>
    private struct Utf8Counts
    {
        public long MultiByte;
        public long Invalid;

        /// <summary>Counts <paramref name="bytes"/>; returns how many bytes at the end start a sequence that the next chunk completes.</summary>
        public int Add(ReadOnlySpan<byte> bytes, bool final)
        {
            var at = 0;
            while (at < bytes.Length)
            {
                var next = bytes[at..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
                if (next < 0)
                {
                    return 0;
                }

                at += next;
                var status = Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed);
                switch (status)
                {
                    case System.Buffers.OperationStatus.Done:
                        MultiByte++;
                        break;
                    case System.Buffers.OperationStatus.NeedMoreData when !final:
                        return bytes.Length - at;
                    default:
                        Invalid++;
                        break;
                }

                at += Math.Max(1, consumed);
            }

            return 0;
        }
    }
}
