using DataPlatform.Bench;

return args.FirstOrDefault() switch
{
    "generate" => GenerateCommand.Run(args[1..]),
    "compare" => CompareCommand.Run(args[1..]),
    "duckdb" => CompareCommand.RunDuckDb(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine(
        """
        usage: dotnet run --project bench/DataPlatform.Bench -c Release -- generate [FILE] [ROWS]
               dotnet run --project bench/DataPlatform.Bench -c Release -- compare FILE DATAPLATFORM_COMMAND...
        """);
    return 2;
}
