namespace DataPlatform.Profiling.Internals;

/// <summary>
/// Least-significant-digit radix sort of 64-bit keys, 11 bits per pass. One counting pass builds
/// every digit's histogram; passes whose digit is the same for all keys are skipped, so small
/// integers sort in one or two passes. Tests compare it with <see cref="Array.Sort{T}(T[])"/>.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const int Passes = (64 + DigitBits - 1) / DigitBits;

    /// <summary>Sorts <paramref name="keys"/> ascending, using <paramref name="scratch"/> (at least as long) as working space.</summary>
    public static void Sort(Span<ulong> keys, Span<ulong> scratch)
    {
        var n = keys.Length;
        if (n < 2)
        {
            return;
        }

        if (n <= 64)
        {
            keys.Sort();
            return;
        }

        scratch = scratch[..n];
        var counts = new int[Passes * Buckets];
        foreach (var key in keys)
        {
            for (var pass = 0; pass < Passes; pass++)
            {
                counts[(pass * Buckets) + (int)((key >> (pass * DigitBits)) & (Buckets - 1))]++;
            }
        }

        Span<ulong> source = keys;
        Span<ulong> target = scratch;
        var offsets = new int[Buckets];
        for (var pass = 0; pass < Passes; pass++)
        {
            var histogram = counts.AsSpan(pass * Buckets, Buckets);
            var shift = pass * DigitBits;
            if (histogram[(int)((source[0] >> shift) & (Buckets - 1))] == n)
            {
                continue;
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                offsets[b] = sum;
                sum += histogram[b];
            }

            foreach (var key in source)
            {
                target[offsets[(int)((key >> shift) & (Buckets - 1))]++] = key;
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (source != keys)
        {
            source.CopyTo(keys);
        }
    }

    /// <summary>
    /// Sorts keys that are uniformly distributed (hashes) in place, without scratch memory: one pass
    /// counts the keys of each of 2^11 buckets (their top bits below the <paramref name="sharedTopBits"/>
    /// that all the keys share), a cycle-leader pass moves every key into its bucket (American flag
    /// sort), and each bucket, small enough for the cache, is sorted.
    /// </summary>
    public static void SortUniform(Span<ulong> keys, int sharedTopBits = 0)
    {
        var n = keys.Length;
        if (n < Buckets * 4)
        {
            keys.Sort();
            return;
        }

        var shift = 64 - sharedTopBits - DigitBits;
        var starts = new int[Buckets + 1];
        foreach (var key in keys)
        {
            starts[(int)((key >> shift) & (Buckets - 1)) + 1]++;
        }

        for (var b = 0; b < Buckets; b++)
        {
            starts[b + 1] += starts[b];
        }

        var next = starts.AsSpan(0, Buckets).ToArray();
        for (var b = 0; b < Buckets; b++)
        {
            while (next[b] < starts[b + 1])
            {
                var key = keys[next[b]];
                var home = (int)((key >> shift) & (Buckets - 1));
                if (home == b)
                {
                    next[b]++;
                    continue;
                }

                // Swap the key into its bucket; the displaced key is placed on the next turn.
                keys[next[b]] = keys[next[home]];
                keys[next[home]++] = key;
            }
        }

        for (var b = 0; b < Buckets; b++)
        {
            keys[starts[b]..starts[b + 1]].Sort();
        }
    }

    /// <summary>A key whose unsigned order is the order of the doubles (NaN excluded; -0 before +0). Branch-free.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong KeyOf(double value)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        return bits ^ ((ulong)((long)bits >> 63) | SignBit);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double DoubleOf(ulong key) => BitConverter.UInt64BitsToDouble(key ^ (((key >> 63) - 1) | SignBit));

    public static ulong KeyOf(long value) => (ulong)value ^ SignBit;

    public static long LongOf(ulong key) => (long)(key ^ SignBit);

    private const ulong SignBit = 0x8000_0000_0000_0000UL;
}
