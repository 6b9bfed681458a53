using Parquet;
using Parquet.Schema;

namespace DataPlatform.Profiling.Internals;

/// <summary>Reads one column of a Parquet row group as an array of nullable CLR values.</summary>
internal static class ParquetColumns
{
    public static async Task<Array> Read(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
    {
        if (IsText(field.ClrType))
        {
            var strings = new string?[count];
            await group.ReadAsync(field, strings.AsMemory(), null, cancellationToken);
            return strings;
        }

        switch (Type.GetTypeCode(field.ClrType))
        {
            case TypeCode.Boolean:
                return await ReadNullable<bool>(group, field, count, cancellationToken);
            case TypeCode.Double:
                return await ReadNullable<double>(group, field, count, cancellationToken);
            case TypeCode.Single:
                return await ReadNullable<float>(group, field, count, cancellationToken);
            case TypeCode.Decimal:
                return await ReadNullable<decimal>(group, field, count, cancellationToken);
            case TypeCode.Int64:
                return await ReadNullable<long>(group, field, count, cancellationToken);
            case TypeCode.Int32:
                return await ReadNullable<int>(group, field, count, cancellationToken);
            case TypeCode.Int16:
                return await ReadNullable<short>(group, field, count, cancellationToken);
            case TypeCode.SByte:
                return await ReadNullable<sbyte>(group, field, count, cancellationToken);
            case TypeCode.Byte:
                return await ReadNullable<byte>(group, field, count, cancellationToken);
            case TypeCode.UInt16:
                return await ReadNullable<ushort>(group, field, count, cancellationToken);
            case TypeCode.UInt32:
                return await ReadNullable<uint>(group, field, count, cancellationToken);
            case TypeCode.UInt64:
                return await ReadNullable<ulong>(group, field, count, cancellationToken);
            case TypeCode.DateTime:
                return await ReadNullable<DateTime>(group, field, count, cancellationToken);
        }

        if (field.ClrType == typeof(DateOnly))
        {
            return await ReadNullable<DateOnly>(group, field, count, cancellationToken);
        }

        if (field.ClrType == typeof(DateTimeOffset))
        {
            return await ReadNullable<DateTimeOffset>(group, field, count, cancellationToken);
        }

        throw new InvalidDataFileException($"Parquet columns of type {field.ClrType.Name} are not supported.", column: field.Name);
    }

    private static async Task<Array> ReadNullable<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync(field, values.AsMemory(), null, cancellationToken);
        return values;
    }

    /// <summary>Parquet.Net reads UTF-8 string columns as strings or as memory of chars.</summary>
    public static bool IsText(Type clrType) => clrType == typeof(string) || clrType == typeof(ReadOnlyMemory<char>);

    public static string? DeclaredType(Type clrType) => Type.GetTypeCode(clrType) switch
    {
        _ when IsText(clrType) => null,
        TypeCode.Boolean => "bool",
        TypeCode.Double or TypeCode.Single or TypeCode.Decimal => "float64",
        TypeCode.DateTime => "datetime64",
        _ when clrType == typeof(DateOnly) || clrType == typeof(DateTimeOffset) => "datetime64",
        _ => "int64",
    };
}
