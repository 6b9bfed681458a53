using System.Threading.RateLimiting;
using DataPlatform.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>
/// Counts failed logins, per client address and per account, and refuses further attempts with 429
/// once either has used its failures of the window. Successful logins are not counted, so a team
/// behind one address, or a script that logs in on every run, is never locked out by succeeding.
/// Idle counters are dropped by the rate limiter, so memory does not grow with the addresses and
/// emails an attacker tries.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly TimeSpan _window;

    public LoginThrottle(IOptions<DataPlatformOptions> options)
    {
        var auth = options.Value.Auth;
        _window = TimeSpan.FromSeconds(auth.RateLimitWindowSeconds);
        _failures = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = auth.RateLimitPermits,
            Window = _window,
            QueueLimit = 0,
        }));
    }

    /// <summary>429 when the address or the account has no failures left in the current window.</summary>
    public void ThrowIfLocked(string clientKey, string email)
    {
        foreach (var key in Keys(clientKey, email))
        {
            using var lease = _failures.AttemptAcquire(key, 0);
            if (!lease.IsAcquired)
            {
                var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _window;
                throw new TooManyRequestsException("Too many failed logins from this client or for this account; retry later.", wait);
            }
        }
    }

    public void RecordFailure(string clientKey, string email)
    {
        foreach (var key in Keys(clientKey, email))
        {
            _failures.AttemptAcquire(key).Dispose();
        }
    }

    public void Dispose() => _failures.Dispose();

    private static string[] Keys(string clientKey, string email) => ["address:" + clientKey, "account:" + email];
}
