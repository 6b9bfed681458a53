using BenchmarkDotNet.Running;
using DataPlatform.Bench.Micro;
using DataPlatform.Bench;

return args.FirstOrDefault() switch
{
    "generate" => GenerateCommand.Run(args[1..]),
    "compare" => CompareCommand.Run(args[1..]),
    "duckdb" => CompareCommand.RunDuckDb(args[1..]),
    "upload" => await UploadCommand.RunAsync(args[1..]),
    "load" => await LoadCommand.RunAsync(args[1..]),
    "throughput" => await ThroughputCommand.RunAsync(args[1..]),
    "report" => await ReportCommand.RunAsync(args[1..]),
    "micro" => RunMicro(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine(
        """
        usage: dotnet run --project bench/DataPlatform.Bench -c Release -- generate [FILE] [ROWS]
               dotnet run --project bench/DataPlatform.Bench -c Release -- compare FILE DATAPLATFORM_COMMAND...
               dotnet run --project bench/DataPlatform.Bench -c Release -- upload FILE DATAPLATFORM_COMMAND...
               dotnet run --project bench/DataPlatform.Bench -c Release -- load [--clients N] [--seconds S] [--heavy-rows N] [--database NPGSQL] DATAPLATFORM_COMMAND...
               dotnet run --project bench/DataPlatform.Bench -c Release -- throughput [--clients N] [--seconds S] [--rounds R] [--database NPGSQL] DATAPLATFORM_COMMAND...
               dotnet run --project bench/DataPlatform.Bench -c Release -- report [--requests N] DATAPLATFORM_COMMAND...
               dotnet run --project bench/DataPlatform.Bench -c Release -- micro [BENCHMARKDOTNET_ARGS...]
        """);
    return 2;
}

static int RunMicro(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(HotLoopBenchmarks).Assembly).Run(args.Length == 0 ? ["--filter", "*"] : args);
    return 0;
}
