using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>
/// The HMAC key that signs and validates tokens: <c>DataPlatform:Auth:JwtSigningKey</c> when set,
/// otherwise <c>jwt-signing.key</c> in the data directory, generated on first start and readable by
/// the owner only. Instances that share a data directory share the key.
/// </summary>
public sealed class JwtSigningKey
{
    public const string FileName = "jwt-signing.key";
    private const int KeyBytes = 64;

    public JwtSigningKey(IOptions<DataPlatformOptions> options, DataDirectory dataDirectory, ILogger<JwtSigningKey> logger)
    {
        var configured = options.Value.Auth.JwtSigningKey;
        byte[] key;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            key = DecodeConfigured(configured);
        }
        else
        {
            key = LoadOrCreate(Path.Combine(dataDirectory.Root, FileName), logger);
        }

        Key = new SymmetricSecurityKey(key) { KeyId = Convert.ToHexStringLower(SHA256.HashData(key))[..16] };
    }

    public SymmetricSecurityKey Key { get; }

    private static byte[] DecodeConfigured(string configured)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("DataPlatform:Auth:JwtSigningKey must be base64 (e.g. the output of 'openssl rand -base64 64').");
        }

        return key.Length >= 32
            ? key
            : throw new InvalidOperationException("DataPlatform:Auth:JwtSigningKey must decode to at least 32 bytes.");
    }

    private static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, fileOptions))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Convert.ToBase64String(key));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        try
        {
            // Without overwrite: if another instance won the race, its key is the one everybody uses.
            File.Move(temp, path, overwrite: false);
            logger.LogInformation("Generated a new token signing key at {Path}", path);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
