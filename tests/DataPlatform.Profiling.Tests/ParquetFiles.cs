using Parquet;
using Parquet.Schema;

namespace DataPlatform.Profiling.Tests;

/// <summary>A small Parquet file with a column of each supported kind, nulls included.</summary>
internal static class ParquetFiles
{
    public static readonly long?[] Counts = [1, 2, null, 4, 4, 10];
    public static readonly double?[] Prices = [1.5, null, 2.5, 3.5, double.NaN, 10];
    public static readonly bool?[] Flags = [true, false, true, true, false, true];
    public static readonly DateTime?[] Stamps = [new(2024, 1, 1), new(2024, 1, 2, 12, 0, 0), null, new(2024, 1, 4), new(2024, 1, 5), new(2024, 1, 6)];
    public static readonly string?[] Labels = ["a", "b", null, "a", "123", "a"];

    public static string Write(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        WriteAsync(path).GetAwaiter().GetResult();
        return path;
    }

    /// <summary>A file with an id column and a struct column <c>point</c> of two fields.</summary>
    public static void WriteStruct(string path) => WriteStructAsync(path).GetAwaiter().GetResult();

    /// <summary>A file with one column <c>id</c>, 0 to <paramref name="groups"/> × <paramref name="rowsPerGroup"/> - 1, in that many row groups.</summary>
    public static void WriteGroups(string path, int groups, int rowsPerGroup) => WriteGroupsAsync(path, groups, rowsPerGroup).GetAwaiter().GetResult();

    private static async Task WriteGroupsAsync(string path, int groups, int rowsPerGroup)
    {
        var schema = new ParquetSchema(new DataField<long>("id"));
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        for (var g = 0; g < groups; g++)
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<long>(schema.DataFields[0], new ReadOnlyMemory<long>(Enumerable.Range(g * rowsPerGroup, rowsPerGroup).Select(i => (long)i).ToArray()));
        }
    }

    private static async Task WriteStructAsync(string path)
    {
        var x = new DataField<double?>("x");
        var y = new DataField<double?>("y");
        var schema = new ParquetSchema(new DataField<long>("id"), new StructField("point", x, y));
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<long>(schema.DataFields[0], new ReadOnlyMemory<long>([1, 2]));
        await group.WriteAsync<double>(x, new ReadOnlyMemory<double?>([1.5, 2.5]));
        await group.WriteAsync<double>(y, new ReadOnlyMemory<double?>([3.5, 4.5]));
    }

    private static async Task WriteAsync(string path)
    {
        var schema = new ParquetSchema(
            new DataField<long?>("count"),
            new DataField<double?>("price"),
            new DataField<bool?>("flag"),
            new DataField<DateTime?>("stamp"),
            new DataField<string>("label"));
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<long>(schema.DataFields[0], new ReadOnlyMemory<long?>(Counts));
        await group.WriteAsync<double>(schema.DataFields[1], new ReadOnlyMemory<double?>(Prices));
        await group.WriteAsync<bool>(schema.DataFields[2], new ReadOnlyMemory<bool?>(Flags));
        await group.WriteAsync<DateTime>(schema.DataFields[3], new ReadOnlyMemory<DateTime?>(Stamps));
        await group.WriteAsync(schema.DataFields[4], Labels);
    }
}
