using System.Runtime.CompilerServices;

namespace DataPlatform.Profiling.Internals;

/// <summary>
/// The value of a CSV field as duplicate rows compare it, as pandas' <c>duplicated()</c> compares the
/// typed frame: in a number column <c>2</c>, <c> 2</c> and <c>2.0</c> are one value, in a date column
/// <c>2026-01-02</c> and <c>2026-01-02 00:00:00</c>, in a boolean column <c>True</c> and <c>true</c>;
/// every missing spelling is one value (NaN); text is compared byte for byte. A row's hash is the sum
/// of its fields' keys, each mixed with its column: the sum is the same whichever thread adds which
/// column first, and a column's part can be taken back out of it (<see cref="Mix"/>).
/// </summary>
internal static class FieldKeys
{
    /// <summary>The key of a missing value, whatever its spelling.</summary>
    public const ulong Missing = 0x9E37_79B9_7F4A_7C15UL;

    /// <summary>An integer: itself, so that big identifiers stay exact.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Integer(long value) => (ulong)value;

    /// <summary>A decimal: the integer it equals when it equals one (2.0 is 2), else its bits; NaN is missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Float(double value) =>
        double.IsNaN(value) ? Missing
        : value == Math.Floor(value) && value is >= -9.2e18 and <= 9.2e18 ? (ulong)(long)value
        : BitConverter.DoubleToUInt64Bits(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Number(NumberKind kind, long integer, double number) => kind == NumberKind.Integer ? Integer(integer) : Float(number);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Date(long ticks) => (ulong)ticks;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Boolean(bool value) => value ? 1UL : 0UL;

    /// <summary>Text: the hash of its bytes (<see cref="TextCounter.Hash"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Text(ReadOnlySpan<byte> value) => TextCounter.Hash(value);

    /// <summary>A key mixed with its column (murmur3's finalizer), ready to be added into the row's hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(int column, ulong key)
    {
        var x = key ^ ((ulong)(column + 1) * 0xD6E8_FEB8_6659_FD93UL);
        x ^= x >> 33;
        x *= 0xFF51_AFD7_ED55_8CCDUL;
        x ^= x >> 33;
        x *= 0xC4CE_B9FE_1A85_EC53UL;
        x ^= x >> 33;
        return x;
    }
}
