using Microsoft.AspNetCore.Identity;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>Password hashing with ASP.NET Core Identity's hasher (PBKDF2-HMAC-SHA512, salted, versioned).</summary>
public sealed class Passwords
{
    public const int MinLength = 8;
    public const int MaxLength = 512;

    // A hash of a random password, verified against when the email is unknown so that a wrong email
    // and a wrong password take the same time.
    private readonly string _decoyHash;
    private readonly PasswordHasher<Passwords> _hasher = new();

    public Passwords() => _decoyHash = Hash(Guid.NewGuid().ToString("N"));

    public string Hash(string password) => _hasher.HashPassword(this, password);

    public PasswordCheck Verify(string? hash, string password)
    {
        var result = _hasher.VerifyHashedPassword(this, hash ?? _decoyHash, password);
        if (hash is null)
        {
            return PasswordCheck.Failed;
        }

        return result switch
        {
            PasswordVerificationResult.Success => PasswordCheck.Valid,
            PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.ValidButRehash,
            _ => PasswordCheck.Failed,
        };
    }
}
