using Parquet;
using Parquet.Schema;

namespace DataPlatform.Tests.Support;

/// <summary>A Parquet file of 100 rows: an int64 count, a float64 price with nulls, a two-value label.</summary>
public static class ParquetSample
{
    public static async Task<byte[]> BytesAsync()
    {
        var schema = new ParquetSchema(new DataField<long?>("count"), new DataField<double?>("price"), new DataField<string>("label"));
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(schema, stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<long>(schema.DataFields[0], Enumerable.Range(0, 100).Select(i => (long?)i).ToArray());
            await group.WriteAsync<double>(schema.DataFields[1], Enumerable.Range(0, 100).Select(i => i % 10 == 0 ? null : (double?)(i * 1.5)).ToArray());
            await group.WriteAsync(schema.DataFields[2], Enumerable.Range(0, 100).Select(i => i % 3 == 0 ? "red" : "blue").ToArray());
        }

        return stream.ToArray();
    }
}
