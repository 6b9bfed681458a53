using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>
/// Tokens this service signed and has already validated, with the principal they gave, kept until they
/// expire: a token's signature, issuer, audience and lifetime give the same answer every time, so a
/// client that sends the same token again skips the signature check and the parsing. Whether the
/// token's user still exists is checked on every request all the same (the pipeline's caller and access
/// checks). A token that fails validation is never kept; at most <see cref="Capacity"/> are, the
/// least recently used going first.
/// </summary>
public sealed class ValidatedTokens : IDisposable
{
    public const int Capacity = 10_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public ClaimsPrincipal? Find(string token) => _cache.TryGetValue(token, out ClaimsPrincipal? principal) ? principal : null;

    public void Add(string token, ClaimsPrincipal principal, DateTime expiresUtc) =>
        _cache.Set(token, principal, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = new DateTimeOffset(expiresUtc, TimeSpan.Zero) });

    public void Dispose() => _cache.Dispose();
}
