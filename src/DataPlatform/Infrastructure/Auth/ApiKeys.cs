using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>
/// API keys look like <c>dp_</c> followed by 43 base64url characters (256 random bits). Only their
/// SHA-256 is stored; the first characters are kept as a prefix so that users can tell keys apart.
/// </summary>
public static class ApiKeys
{
    public const string Marker = "dp_";
    public const int PrefixLength = 11;

    public static GeneratedApiKey Generate()
    {
        var key = Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return new GeneratedApiKey(key, key[..PrefixLength], Hash(key));
    }

    public static bool LooksLikeApiKey(string token) => token.StartsWith(Marker, StringComparison.Ordinal);

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
