using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace DataPlatform.Bench;

/// <summary>
/// The whole-file benchmark: profiles a file with <c>DataPlatform profile</c> and summarizes it with
/// DuckDB's <c>SUMMARIZE</c>, each in a process of its own, in the same run, on a warm page cache.
/// Prints each wall time, the ratio and each peak resident memory.
/// </summary>
internal static class CompareCommand
{
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: compare FILE DATAPLATFORM_COMMAND... (e.g. compare bench/data/benchmark.csv publish/DataPlatform)");
            return 2;
        }

        var file = Path.GetFullPath(args[0]);
        var dataPlatform = args[1..];
        WarmPageCache(file);

        var self = Environment.ProcessPath!;
        var selfArgs = self.EndsWith("dotnet", StringComparison.Ordinal) ? new[] { typeof(CompareCommand).Assembly.Location } : [];
        var ours = Measure(dataPlatform[0], [.. dataPlatform[1..], "profile", file]);
        var duck = Measure(self, [.. selfArgs, "duckdb", file]);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"file                 {file} ({new FileInfo(file).Length / 1e6:F0} MB)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DataPlatform profile {ours.Seconds,7:F3} s  peak RSS {ours.PeakMiB,5} MiB  exit {ours.ExitCode}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DuckDB SUMMARIZE     {duck.Seconds,7:F3} s  peak RSS {duck.PeakMiB,5} MiB  exit {duck.ExitCode}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio                {duck.Seconds / ours.Seconds,7:F2}x (DuckDB time / DataPlatform time; target >= 3, profile-engine.md)"));
        return ours.ExitCode == 0 && duck.ExitCode == 0 ? 0 : 1;
    }

    /// <summary>DuckDB's SUMMARIZE of the file: the child process the comparison times.</summary>
    public static int RunDuckDb(string[] args)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SUMMARIZE SELECT * FROM read_csv('{args[0].Replace("'", "''", StringComparison.Ordinal)}')";
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        Console.Error.WriteLine($"DuckDB summarized {rows} columns");
        return 0;
    }

    /// <summary>Runs a command to its end: wall time, peak resident memory (sampled every 5 ms) and exit code.</summary>
    public static (double Seconds, long PeakMiB, int ExitCode) Measure(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        long peakKiB = 0;
        while (!process.WaitForExit(5))
        {
            peakKiB = Math.Max(peakKiB, ResidentKiB(process.Id, "VmHWM:"));
        }

        stopwatch.Stop();
        _ = output.Result;
        Console.Error.Write(error.Result);
        return (stopwatch.Elapsed.TotalSeconds, peakKiB / 1024, process.ExitCode);
    }

    /// <summary>A memory figure of a process from <c>/proc/PID/status</c> (Linux), in KiB: <c>VmHWM:</c> (peak resident set so far) or <c>VmRSS:</c> (resident set now).</summary>
    public static long ResidentKiB(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public static void WarmPageCache(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        while (stream.Read(buffer) > 0)
        {
        }
    }
}
