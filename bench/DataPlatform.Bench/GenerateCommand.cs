using System.Globalization;
using System.Text;

namespace DataPlatform.Bench;

/// <summary>
/// Writes the benchmark CSV: 5,000,000 rows x 12 columns (about 565 MB), the same bytes on every run
/// (a fixed-seed generator), with the features that make CSV profiling hard: quoted values containing
/// separators, escaped quotes, a column of ~5M distinct names, ISO dates, scientific notation and
/// 1-10% missing values in the float columns.
/// </summary>
internal static class GenerateCommand
{
    private static readonly string[] Categories =
    [
        "Electronics, Audio", "Electronics, Video", "Home, Kitchen", "Home, Garden", "Sports, Outdoor", "Sports, Fitness",
        "Books, Fiction", "Books, Non-fiction", "Toys, Games", "Beauty, Care", "Grocery, Fresh", "Grocery, Pantry",
    ];

    private static readonly string[] FirstNames =
    [
        "Alice", "Bob", "Carol", "David", "Eve", "Frank", "Grace", "Heidi", "Ivan", "Judy", "Mallory", "Niaj", "Olivia", "Peggy",
        "Rupert", "Sybil", "Trent", "Uma", "Victor", "Walter", "Xena", "Yusuf", "Zoe", "Maria", "Jose", "Wei", "Fatima", "Olga",
    ];

    private static readonly string[] LastNames =
    [
        "Smith", "Chen", "Garcia", "Novak", "Okafor", "Kowalski", "Ivanova", "Tanaka", "Silva", "Muller", "Rossi", "Dubois",
        "Larsen", "Haddad", "Kim", "Nguyen", "Patel", "Jones", "Brown", "Lopez",
    ];

    public static int Run(string[] args)
    {
        var output = args.Length > 0 ? args[0] : Path.Combine("bench", "data", "benchmark.csv");
        var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000_000;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);

        var cities = Enumerable.Range(0, 2000).Select(i => $"{LastNames[i % LastNames.Length]} {i / LastNames.Length:D3}").ToArray();
        var random = new SplitMix64(20261123);
        var epoch = new DateOnly(2018, 1, 1);
        using var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20) { NewLine = "\n" };
        writer.WriteLine("id,order_date,category,customer,city,quantity,amount_cents,price,discount,score,weight,returned");
        var line = new StringBuilder(256);
        for (var i = 1; i <= rows; i++)
        {
            line.Clear();
            line.Append(i).Append(',');
            line.Append(epoch.AddDays((int)random.Next(3000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',');
            line.Append('"').Append(Categories[random.Next(Categories.Length)]).Append("\",");
            // About 5M distinct names: a first and last name, sometimes a quoted nickname, and a number.
            line.Append('"').Append(FirstNames[random.Next(FirstNames.Length)]);
            if (random.Next(10) == 0)
            {
                line.Append(" \"\"").Append(FirstNames[random.Next(FirstNames.Length)][..3]).Append("\"\"");
            }

            line.Append(' ').Append(LastNames[random.Next(LastNames.Length)]).Append(' ').Append(random.Next(900_000)).Append("\",");
            line.Append(cities[random.Next(cities.Length)]).Append(',');
            line.Append(1 + random.Next(100)).Append(',');
            line.Append(random.Next(100_000)).Append(',');
            AppendMaybe(line, random, 100, () => (random.Next(100_000) / 100.0).ToString("0.00", CultureInfo.InvariantCulture));
            AppendMaybe(line, random, 20, () => (random.NextDouble() * 0.5).ToString("0.####", CultureInfo.InvariantCulture));
            AppendMaybe(line, random, 33, () => (random.NextDouble() * 1e-3).ToString("0.####e+00", CultureInfo.InvariantCulture));
            AppendMaybe(line, random, 10, () => (random.NextDouble() * 25).ToString("0.##", CultureInfo.InvariantCulture));
            line.Append(random.Next(7) == 0 ? "true" : "false");
            writer.WriteLine(line);
        }

        writer.Flush();
        Console.WriteLine($"{output}: {rows:N0} rows, {new FileInfo(output).Length / 1e6:F0} MB");
        return 0;
    }

    /// <summary>A float field, missing with probability 1 in <paramref name="missingOneIn"/>.</summary>
    private static void AppendMaybe(StringBuilder line, SplitMix64 random, int missingOneIn, Func<string> value)
    {
        if (random.Next(missingOneIn) != 0)
        {
            line.Append(value());
        }

        line.Append(',');
    }

    /// <summary>A small fixed-seed generator, so that every run writes the same file.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        private ulong NextUInt64()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
