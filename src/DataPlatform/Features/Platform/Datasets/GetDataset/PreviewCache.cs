using Microsoft.Extensions.Caching.Memory;

namespace DataPlatform.Features.Platform.Datasets.GetDataset;

/// <summary>
/// The preview rows of dataset versions read lately. A version's file never changes, so its preview is
/// read from the file once and then served from memory, up to <see cref="BudgetBytes"/> in all (an
/// estimate of the rows' size), the least recently used going first. A preview that could not be read
/// is not kept.
/// </summary>
public sealed class PreviewCache : IDisposable
{
    public const long BudgetBytes = 32L << 20;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = BudgetBytes });

    public IReadOnlyList<IReadOnlyDictionary<string, object?>> GetOrRead(Guid versionId, Func<IReadOnlyList<IReadOnlyDictionary<string, object?>>> read)
    {
        if (_cache.TryGetValue(versionId, out IReadOnlyList<IReadOnlyDictionary<string, object?>>? rows))
        {
            return rows!;
        }

        rows = read();
        _cache.Set(versionId, rows, new MemoryCacheEntryOptions { Size = SizeOf(rows) });
        return rows;
    }

    /// <summary>About what the rows hold: each value's reference and box, and the characters of text.</summary>
    private static long SizeOf(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        256 + rows.Sum(row => 64L + row.Sum(pair => 48L + (pair.Key.Length * 2) + (pair.Value is string text ? 24 + (text.Length * 2) : 24)));

    public void Dispose() => _cache.Dispose();
}
