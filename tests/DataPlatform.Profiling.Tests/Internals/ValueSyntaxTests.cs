using System.Globalization;
using System.Text;
using DataPlatform.Profiling.Internals;

namespace DataPlatform.Profiling.Tests.Internals;

/// <summary>Field classification as pandas' read_csv does it, and number parsing against the runtime's parser.</summary>
public sealed class ValueSyntaxTests
{
    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("N/A")]
    [InlineData("NULL")]
    [InlineData("null")]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("None")]
    [InlineData("#N/A")]
    [InlineData("<NA>")]
    [InlineData("-nan")]
    public void Pandas_NA_spellings_are_missing(string field) => Assert.True(ValueSyntax.IsMissing(Encoding.UTF8.GetBytes(field)));

    [Theory]
    [InlineData(" ")]
    [InlineData("na")]
    [InlineData("NONE")]
    [InlineData("0")]
    public void Other_values_are_not_missing(string field) => Assert.False(ValueSyntax.IsMissing(Encoding.UTF8.GetBytes(field)));

    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-17", -17L)]
    [InlineData("+5", 5L)]
    [InlineData(" 42 ", 42L)]
    [InlineData("007", 7L)]
    [InlineData("999999999999999999", 999999999999999999L)]
    [InlineData("1234567890123456789", 1234567890123456789L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("0009223372036854775807", long.MaxValue)]
    public void Integers(string field, long expected)
    {
        Assert.Equal(NumberKind.Integer, ValueSyntax.TryNumber(Encoding.UTF8.GetBytes(field), out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData(".5")]
    [InlineData("-0.25")]
    [InlineData("1e-3")]
    [InlineData("2.5E+10")]
    [InlineData("3.8512e-04")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("18446744073709551616")]
    [InlineData("0.1234567890123456789")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("4.9e-324")]
    [InlineData("1e400")]
    [InlineData("503.41")]
    [InlineData("5.")]
    [InlineData("000123.4500")]
    [InlineData("-0.0")]
    [InlineData("1e9999999999999")]
    [InlineData("123456789.012345")]
    [InlineData("9.99999999999e-23")]
    public void Decimals_round_like_the_runtime_parser(string field)
    {
        Assert.Equal(NumberKind.Float, ValueSyntax.TryNumber(Encoding.UTF8.GetBytes(field), out _, out var value));
        Assert.Equal(double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Random_decimals_round_like_the_runtime_parser()
    {
        var random = new Random(4);
        for (var i = 0; i < 100_000; i++)
        {
            var text = (random.NextDouble() * Math.Pow(10, random.Next(-12, 12))).ToString(i % 2 == 0 ? "R" : "E" + random.Next(1, 16), CultureInfo.InvariantCulture);
            ValueSyntax.TryNumber(Encoding.UTF8.GetBytes(text), out _, out var value);
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
        }
    }

    [Theory]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void Infinities(string field, double expected)
    {
        Assert.Equal(NumberKind.Float, ValueSyntax.TryNumber(Encoding.UTF8.GetBytes(field), out _, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,000")]
    [InlineData("1.2.3")]
    [InlineData("e5")]
    [InlineData("1e")]
    [InlineData("0x10")]
    [InlineData("12abc")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData(".")]
    [InlineData("-.e5")]
    [InlineData("1e+")]
    [InlineData("1.5x")]
    [InlineData("１２")]
    public void Not_numbers(string field) => Assert.Equal(NumberKind.None, ValueSyntax.TryNumber(Encoding.UTF8.GetBytes(field), out _, out _));

    [Theory]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    public void Booleans(string field, bool expected)
    {
        Assert.True(ValueSyntax.TryBoolean(Encoding.UTF8.GetBytes(field), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("tRuE")]
    public void Not_booleans(string field) => Assert.False(ValueSyntax.TryBoolean(Encoding.UTF8.GetBytes(field), out _));

    [Theory]
    [InlineData("2024-02-29", "2024-02-29T00:00:00")]
    [InlineData("2024-03-01T12:30", "2024-03-01T12:30:00")]
    [InlineData("2024-03-01 12:30:45", "2024-03-01T12:30:45")]
    [InlineData("2024-03-01T12:30:45.123", "2024-03-01T12:30:45.1230000")]
    [InlineData("2024-03-01T12:30:45Z", "2024-03-01T12:30:45")]
    [InlineData("2024-03-01T12:30:45+02:00", "2024-03-01T10:30:45")]
    [InlineData("2024-03-01T12:30:45-0130", "2024-03-01T14:00:45")]
    public void ISO_dates_and_times_in_UTC(string field, string expected)
    {
        Assert.True(ValueSyntax.TryDate(Encoding.UTF8.GetBytes(field), out var ticks, out _));
        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture).Ticks, ticks);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-1-1")]
    [InlineData("01/02/2024")]
    [InlineData("2024-03-01T25:00")]
    [InlineData("2024-03-01Tnoon")]
    public void Not_dates(string field) => Assert.False(ValueSyntax.TryDate(Encoding.UTF8.GetBytes(field), out _, out _));
}
