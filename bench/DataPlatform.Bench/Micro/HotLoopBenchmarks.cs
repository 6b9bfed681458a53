using System.Buffers.Text;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using DataPlatform.Profiling;
using DataPlatform.Profiling.Internals;

namespace DataPlatform.Bench.Micro;

/// <summary>
/// The loops the profile engine spends its time in, each against the obvious alternative:
/// number parsing, sorting numbers and hashes, hashing text, and the whole engine on a sample.
/// Run with <c>dotnet run --project bench/DataPlatform.Bench -c Release -- micro</c>.
/// </summary>
[MemoryDiagnoser]
public class HotLoopBenchmarks
{
    private const int Count = 1_000_000;
    private byte[][] _numbers = [];
    private byte[][] _names = [];
    private ulong[] _doubleKeys = [];
    private ulong[] _hashes = [];
    private double[] _doubles = [];
    private ulong[] _work = [];
    private ulong[] _scratch = [];
    private double[] _doubleWork = [];
    private string _sample = "";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261123);
        _doubles = Enumerable.Range(0, Count).Select(_ => Math.Round((random.NextDouble() - 0.3) * 10_000, random.Next(0, 6))).ToArray();
        _numbers = _doubles.Select((d, i) => Encoding.UTF8.GetBytes(i % 7 == 0 ? d.ToString("E4", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture))).ToArray();
        _names = Enumerable.Range(0, Count).Select(i => Encoding.UTF8.GetBytes($"Customer \"{i % 50_000}\" {(char)('A' + (i % 26))}")).ToArray();
        _doubleKeys = _doubles.Select(RadixSort.KeyOf).ToArray();
        _hashes = _names.Select(n => TextCounter.Hash(n)).ToArray();
        _work = new ulong[Count];
        _scratch = new ulong[Count];
        _doubleWork = new double[Count];
        _sample = Path.Combine(Path.GetTempPath(), "dataplatform-bench-sample.csv");
        if (!File.Exists(_sample))
        {
            GenerateCommand.Run([_sample, "200000"]);
        }
    }

    [Benchmark(Description = "TryNumber x 1M (engine)")]
    public double ParseEngine()
    {
        double sum = 0;
        foreach (var field in _numbers)
        {
            if (ValueSyntax.TryNumber(field, out var integer, out var number) == NumberKind.Integer)
            {
                sum += integer;
            }
            else
            {
                sum += number;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Utf8Parser x 1M (runtime)")]
    public double ParseRuntime()
    {
        double sum = 0;
        foreach (var field in _numbers)
        {
            Utf8Parser.TryParse(field, out double number, out _, 'E');
            sum += number;
        }

        return sum;
    }

    [Benchmark(Description = "radix sort 1M doubles (engine)")]
    public ulong RadixDoubles()
    {
        _doubleKeys.CopyTo(_work, 0);
        RadixSort.Sort(_work, _scratch);
        return _work[Count / 2];
    }

    [Benchmark(Description = "Array.Sort 1M doubles (runtime)")]
    public double ArraySortDoubles()
    {
        _doubles.CopyTo(_doubleWork, 0);
        Array.Sort(_doubleWork);
        return _doubleWork[Count / 2];
    }

    [Benchmark(Description = "in-place bucket sort 1M hashes (engine)")]
    public ulong UniformHashes()
    {
        _hashes.CopyTo(_work, 0);
        RadixSort.SortUniform(_work);
        return _work[Count / 2];
    }

    [Benchmark(Description = "Array.Sort 1M hashes (runtime)")]
    public ulong ArraySortHashes()
    {
        _hashes.CopyTo(_work, 0);
        Array.Sort(_work);
        return _work[Count / 2];
    }

    [Benchmark(Description = "XxHash3 1M names (engine)")]
    public ulong HashNames()
    {
        ulong combined = 0;
        foreach (var name in _names)
        {
            combined ^= TextCounter.Hash(name);
        }

        return combined;
    }

    [Benchmark(Description = "profile 200K-row sample (22 MB)")]
    public long ProfileSample() => Profiler.Profile(_sample).Statistics.RowCount;
}
