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
            return ReadKeyFile(path);
        }

        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        // CreateNew is O_CREAT|O_EXCL: when instances sharing the data directory start together,
        // exactly one creates the file and the others read it.
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, fileOptions);
            stream.Write(System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(key)));
            stream.Flush(flushToDisk: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            return ReadKeyFile(path);
        }

        logger.LogInformation("Generated a new token signing key at {Path}", path);
        return key;
    }

    private static byte[] ReadKeyFile(string path)
    {
        // Another instance sharing the data directory may have created the file an instant ago and
        // still be writing it: give it a few seconds before calling the file damaged.
        for (var attempt = 0; ; attempt++)
        {
            var text = File.ReadAllText(path).Trim();
            var key = new byte[text.Length];
            if (Convert.TryFromBase64String(text, key, out var length) && length >= 32)
            {
                return key[..length];
            }

            if (attempt == 30)
            {
                throw new InvalidOperationException(
                    $"The token signing key in {path} is not base64 of at least 32 bytes. Restore it from a backup, or delete it to generate a new one (everybody will have to sign in again).");
            }

            Thread.Sleep(100);
        }
    }
}
