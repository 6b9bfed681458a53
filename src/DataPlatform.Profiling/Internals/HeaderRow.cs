using System.Text;
using System.Text.RegularExpressions;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Whether the first row of a CSV file names its columns, by the votes of Python's
/// <c>csv.Sniffer.has_header</c>: each column whose next 20 values are all numbers, or all of one
/// length, votes for a header when the first row's value is not a number (is of another length), and
/// against when it is; the first row is a header when the votes for it win. pandas reads the first
/// row as a header whatever it holds, so here a vote against needs a number: a value of the same
/// length as those below it (<c>id</c> above <c>AB</c>) does not vote, and a first row that no
/// number column votes against is a header.
/// </summary>
internal static partial class HeaderRow
{
    /// <summary>Rows after the first that are looked at, as the Sniffer does.</summary>
    public const int RowsChecked = 20;

    /// <summary>A longer field is not taken for a number.</summary>
    private const int MaxNumberBytes = 128;

    /// <summary>Whether <paramref name="records"/>[0] is a header, judged on the records after it.</summary>
    public static bool IsHeader(IReadOnlyList<Field[]> records)
    {
        if (records.Count < 2)
        {
            return true;
        }

        var first = records[0];
        // Per column: null = undecided, -1 = numbers, n >= 0 = text of length n; removed when inconsistent.
        var kinds = new Dictionary<int, int?>();
        for (var c = 0; c < first.Length; c++)
        {
            kinds[c] = null;
        }

        foreach (var record in records.Skip(1).Take(RowsChecked).Where(r => r.Length == first.Length))
        {
            foreach (var c in kinds.Keys.ToList())
            {
                var kind = record[c].Number ? -1 : record[c].Length;
                if (kinds[c] is null)
                {
                    kinds[c] = kind;
                }
                else if (kinds[c] != kind)
                {
                    kinds.Remove(c);
                }
            }
        }

        var forHeader = 0;
        var numbersBelowNumbers = 0;
        foreach (var (c, kind) in kinds)
        {
            if (kind == -1)
            {
                if (first[c].Number)
                {
                    numbersBelowNumbers++;
                }
                else
                {
                    forHeader++;
                }
            }
            else if (kind is { } length && first[c].Length != length)
            {
                forHeader++;
            }
        }

        return numbersBelowNumbers == 0 || forHeader > numbersBelowNumbers;
    }

    /// <summary>What the vote needs of a field: whether it is a number, and its length in characters.</summary>
    public readonly record struct Field(bool Number, int Length)
    {
        /// <summary>
        /// A field's UTF-8 bytes: a number as Python's <c>complex()</c> reads one (integers, decimals,
        /// exponents, inf and nan, imaginary parts, surrounding spaces); the length in code points, as
        /// Python's <c>len</c> counts.
        /// </summary>
        public static Field Of(ReadOnlySpan<byte> utf8)
        {
            var continuations = 0;
            foreach (var b in utf8)
            {
                continuations += (b & 0xC0) == 0x80 ? 1 : 0;
            }

            return new Field(utf8.Length <= MaxNumberBytes && ComplexNumber().IsMatch(Encoding.UTF8.GetString(utf8)), utf8.Length - continuations);
        }
    }

    [GeneratedRegex(
        @"^\s*\(?\s*(?:[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)(?:[+-](?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)?j)?|[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)?j)\s*\)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComplexNumber();
}
