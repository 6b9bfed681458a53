using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// What a CSV field is, judged the way pandas' <c>read_csv</c> judges it: its NA spellings, its
/// boolean spellings, integers and floats in plain decimal or scientific notation (no thousands
/// separators), plus ISO 8601 dates.
/// </summary>
internal static class ValueSyntax
{
    /// <summary>pandas' default <c>na_values</c>, plus the empty field.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsMissing(ReadOnlySpan<byte> field) => field.Length switch
    {
        0 => true,
        2 => field.SequenceEqual("NA"u8),
        3 => field.SequenceEqual("N/A"u8) || field.SequenceEqual("NaN"u8) || field.SequenceEqual("nan"u8) || field.SequenceEqual("n/a"u8)
            || field.SequenceEqual("#NA"u8),
        4 => field.SequenceEqual("NULL"u8) || field.SequenceEqual("null"u8) || field.SequenceEqual("None"u8) || field.SequenceEqual("#N/A"u8)
            || field.SequenceEqual("<NA>"u8) || field.SequenceEqual("-NaN"u8) || field.SequenceEqual("-nan"u8),
        6 => field.SequenceEqual("1.#IND"u8),
        7 => field.SequenceEqual("-1.#IND"u8) || field.SequenceEqual("1.#QNAN"u8),
        8 => field.SequenceEqual("#N/A N/A"u8) || field.SequenceEqual("-1.#QNAN"u8),
        _ => false,
    };

    /// <summary>pandas' boolean spellings: True/TRUE/true and False/FALSE/false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryBoolean(ReadOnlySpan<byte> field, out bool value)
    {
        if (field.Length == 4 && (field.SequenceEqual("true"u8) || field.SequenceEqual("True"u8) || field.SequenceEqual("TRUE"u8)))
        {
            value = true;
            return true;
        }

        value = false;
        return field.Length == 5 && (field.SequenceEqual("false"u8) || field.SequenceEqual("False"u8) || field.SequenceEqual("FALSE"u8));
    }

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>
    /// Parses a number as <c>read_csv</c> accepts it: an optional sign and digits (an integer when
    /// there is no point or exponent and the value fits in int64), or decimal and scientific notation
    /// ("1.5", ".5", "1e-3"), or inf/infinity; surrounding spaces allowed; no thousands separators.
    /// Decimals are rounded correctly: exactly (Clinger's fast path) when the digits fit in 2^53
    /// and the power of ten in 10^22, otherwise by the runtime's parser.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NumberKind TryNumber(ReadOnlySpan<byte> field, out long integer, out double number)
    {
        // A number starts with a digit, a point, a sign, a space or the i of inf: most text ends here.
        if (field.IsEmpty || !(IsDigit(field[0]) || field[0] is (byte)'.' or (byte)'-' or (byte)'+' or (byte)' ' or (byte)'i' or (byte)'I'))
        {
            integer = 0;
            number = 0;
            return NumberKind.None;
        }

        if (TryShortNumber(field, out integer, out number) is var kind and not NumberKind.None)
        {
            return kind;
        }

        integer = 0;
        number = 0;
        var i = 0;
        var end = field.Length;
        while (i < end && field[i] == (byte)' ')
        {
            i++;
        }

        while (end > i && field[end - 1] == (byte)' ')
        {
            end--;
        }

        var negative = false;
        if (i < end && field[i] is (byte)'-' or (byte)'+')
        {
            negative = field[i] == (byte)'-';
            i++;
        }

        var start = i;
        ulong mantissa = 0;
        var significant = 0;
        var digits = 0;
        var exponent = 0;
        while (i < end && IsDigit(field[i]))
        {
            if (!Accumulate(field[i], ref mantissa, ref significant))
            {
                exponent++;
            }

            digits++;
            i++;
        }

        // Every int64 is an integer, as for pandas (snowflake ids have 19 digits); larger ones are floats.
        if (i == end && digits > 0 && significant <= 19 && mantissa <= (negative ? 1UL << 63 : long.MaxValue))
        {
            integer = negative ? (long)(0 - mantissa) : (long)mantissa;
            return NumberKind.Integer;
        }

        if (i < end && field[i] == (byte)'.')
        {
            i++;
            while (i < end && IsDigit(field[i]))
            {
                if (Accumulate(field[i], ref mantissa, ref significant))
                {
                    exponent--;
                }

                digits++;
                i++;
            }
        }

        if (digits == 0)
        {
            return IsInfinity(field[start..end], negative, ref number) ? NumberKind.Float : NumberKind.None;
        }

        if (i < end && (field[i] | 0x20) == (byte)'e')
        {
            i++;
            var exponentNegative = false;
            if (i < end && field[i] is (byte)'-' or (byte)'+')
            {
                exponentNegative = field[i] == (byte)'-';
                i++;
            }

            var exponentDigits = 0;
            var written = 0;
            while (i < end && IsDigit(field[i]))
            {
                written = Math.Min((written * 10) + (field[i] - (byte)'0'), 100_000);
                exponentDigits++;
                i++;
            }

            if (exponentDigits == 0)
            {
                return NumberKind.None;
            }

            exponent += exponentNegative ? -written : written;
        }

        if (i != end)
        {
            return NumberKind.None;
        }

        if (significant <= 15 && exponent is >= -22 and <= 22)
        {
            number = exponent < 0 ? mantissa / PowersOfTen[-exponent] : mantissa * PowersOfTen[exponent];
            number = negative ? -number : number;
        }
        else if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return NumberKind.None;
        }

        return NumberKind.Float;
    }

    /// <summary>Fields this short have at most 15 digits, so their digits fit in a double exactly.</summary>
    private const int ShortNumberLength = 15;

    /// <summary>
    /// The common case of <see cref="TryNumber"/> in one tight pass: a short field of an optional sign,
    /// digits, an optional point and digits, and an optional exponent, whose power of ten is exact.
    /// Gives the same value as the general parse (at most 15 digits: none is dropped, and leading
    /// zeros add nothing); anything else (spaces, inf, no digits, a larger exponent) answers
    /// <see cref="NumberKind.None"/> and is left to the general parse.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NumberKind TryShortNumber(ReadOnlySpan<byte> field, out long integer, out double number)
    {
        integer = 0;
        number = 0;
        var end = field.Length;
        if (end > ShortNumberLength)
        {
            return NumberKind.None;
        }

        var i = 0;
        var negative = false;
        if (end > 0 && field[0] is (byte)'-' or (byte)'+')
        {
            negative = field[0] == (byte)'-';
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        uint digit;
        while (i < end && (digit = (uint)(field[i] - (byte)'0')) <= 9)
        {
            mantissa = (mantissa * 10) + digit;
            digits++;
            i++;
        }

        if (i == end)
        {
            if (digits == 0)
            {
                return NumberKind.None;
            }

            integer = negative ? -(long)mantissa : (long)mantissa;
            return NumberKind.Integer;
        }

        var exponent = 0;
        if (field[i] == (byte)'.')
        {
            i++;
            while (i < end && (digit = (uint)(field[i] - (byte)'0')) <= 9)
            {
                mantissa = (mantissa * 10) + digit;
                digits++;
                exponent--;
                i++;
            }
        }

        if (digits == 0)
        {
            return NumberKind.None;
        }

        if (i < end && (field[i] | 0x20) == (byte)'e')
        {
            i++;
            var exponentNegative = false;
            if (i < end && field[i] is (byte)'-' or (byte)'+')
            {
                exponentNegative = field[i] == (byte)'-';
                i++;
            }

            var written = 0;
            var exponentDigits = 0;
            while (i < end && (digit = (uint)(field[i] - (byte)'0')) <= 9 && exponentDigits < 4)
            {
                written = (written * 10) + (int)digit;
                exponentDigits++;
                i++;
            }

            if (exponentDigits == 0)
            {
                return NumberKind.None;
            }

            exponent += exponentNegative ? -written : written;
        }

        if (i != end || exponent is < -22 or > 22)
        {
            return NumberKind.None;
        }

        number = exponent < 0 ? mantissa / PowersOfTen[-exponent] : mantissa * PowersOfTen[exponent];
        number = negative ? -number : number;
        return NumberKind.Float;
    }

    /// <summary>
    /// Adds a digit to the mantissa (leading zeros skipped, at most 19 digits kept); returns whether
    /// it was kept. A dropped digit of the integer part still scales the number by ten.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Accumulate(byte digit, ref ulong mantissa, ref int significant)
    {
        if (significant == 0 && digit == (byte)'0')
        {
            return true;
        }

        if (significant >= 19)
        {
            significant++;
            return false;
        }

        mantissa = (mantissa * 10) + (ulong)(digit - (byte)'0');
        significant++;
        return true;
    }

    private static bool IsInfinity(ReadOnlySpan<byte> text, bool negative, ref double number)
    {
        if (text.Length is 3 or 8 && (Ascii.EqualsIgnoreCase(text, "inf"u8) || Ascii.EqualsIgnoreCase(text, "infinity"u8)))
        {
            number = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        return false;
    }

    /// <summary>The length of a date without a time: yyyy-MM-dd.</summary>
    public const int PlainDateLength = 10;

    /// <summary>
    /// ISO 8601 dates and date-times: yyyy-MM-dd, optionally followed by T or a space and
    /// HH:mm[:ss[.fraction]], optionally Z or an offset (±HH:mm, ±HHmm), which is converted to UTC.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryDate(ReadOnlySpan<byte> field, out long ticks, out bool hasTime)
    {
        ticks = 0;
        hasTime = false;
        if (field.Length < PlainDateLength || field[4] != (byte)'-' || field[7] != (byte)'-'
            || !TryTwoDigits(field[0], field[1], out var century) || !TryTwoDigits(field[2], field[3], out var yearOfCentury)
            || !TryTwoDigits(field[5], field[6], out var month) || !TryTwoDigits(field[8], field[9], out var day))
        {
            return false;
        }

        var year = (century * 100) + yearOfCentury;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        long result = new DateTime(year, month, day).Ticks;
        if (field.Length == PlainDateLength)
        {
            ticks = result;
            return true;
        }

        var rest = field[10..];
        if (rest.Length < 6 || rest[0] is not ((byte)'T' or (byte)' ') || rest[3] != (byte)':'
            || !TryTwoDigits(rest[1], rest[2], out var hour) || !TryTwoDigits(rest[4], rest[5], out var minute) || hour > 23 || minute > 59)
        {
            return false;
        }

        result += (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute);
        rest = rest[6..];
        if (rest.Length >= 3 && rest[0] == (byte)':')
        {
            if (!TryTwoDigits(rest[1], rest[2], out var second) || second > 59)
            {
                return false;
            }

            result += second * TimeSpan.TicksPerSecond;
            rest = rest[3..];
            if (rest.Length >= 2 && rest[0] == (byte)'.')
            {
                var digits = 1;
                long fraction = 0;
                while (digits < rest.Length && IsDigit(rest[digits]))
                {
                    if (digits <= 7)
                    {
                        fraction = (fraction * 10) + (rest[digits] - (byte)'0');
                    }

                    digits++;
                }

                if (digits == 1)
                {
                    return false;
                }

                for (var d = digits - 1; d < 7; d++)
                {
                    fraction *= 10;
                }

                result += fraction;
                rest = rest[digits..];
            }
        }

        if (rest.Length == 1 && rest[0] == (byte)'Z')
        {
            rest = default;
        }
        else if (rest.Length is 5 or 6 && rest[0] is (byte)'+' or (byte)'-')
        {
            var sign = rest[0] == (byte)'-' ? -1 : 1;
            var minutesAt = rest.Length == 6 ? 4 : 3;
            if ((rest.Length == 6 && rest[3] != (byte)':') || !TryTwoDigits(rest[1], rest[2], out var offsetHours) || !TryTwoDigits(rest[minutesAt], rest[minutesAt + 1], out var offsetMinutes))
            {
                return false;
            }

            result -= sign * ((offsetHours * TimeSpan.TicksPerHour) + (offsetMinutes * TimeSpan.TicksPerMinute));
            rest = default;
        }

        if (!rest.IsEmpty || result < 0 || result > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        ticks = result;
        hasTime = true;
        return true;
    }

    /// <summary>Whether a date-time field ends with <c>Z</c> or an offset (<c>±HH:mm</c>, <c>±HHmm</c>): <see cref="TryDate"/> gave its time in UTC.</summary>
    public static bool HasZone(ReadOnlySpan<byte> field) =>
        field.Length > PlainDateLength
        && (field[^1] == (byte)'Z' || (field.Length > PlainDateLength + 6 && (field[^6] is (byte)'+' or (byte)'-' || field[^5] is (byte)'+' or (byte)'-')));

    /// <summary>Whether a field has spaces or tabs at either end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasOuterWhitespace(ReadOnlySpan<byte> field) =>
        field.Length > 0 && (field[0] is (byte)' ' or (byte)'\t' || field[^1] is (byte)' ' or (byte)'\t');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(byte b) => (uint)(b - (byte)'0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryTwoDigits(byte tens, byte ones, out int value)
    {
        var high = (uint)(tens - (byte)'0');
        var low = (uint)(ones - (byte)'0');
        value = (int)((high * 10) + low);
        return high <= 9 && low <= 9;
    }
}
