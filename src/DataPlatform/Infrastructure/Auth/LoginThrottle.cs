using System.Threading.RateLimiting;
using DataPlatform.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace DataPlatform.Infrastructure.Auth;

/// <summary>
/// Counts failed logins, per client address and per account, and refuses further attempts with 429
/// once either has used its failures of the window. Successful logins are not counted, so a team
/// behind one address, or a script that logs in on every run, is never locked out by succeeding.
/// At most <see cref="ConcurrentAttempts"/> attempts per address and per account are checked at
/// once (the others get 429 at once), so that a burst of simultaneous guesses cannot all pass the
/// check before the first failure is counted. Idle counters are dropped by the rate limiters, so
/// memory does not grow with the addresses and emails an attacker tries.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    public const int ConcurrentAttempts = 2;

    private readonly PartitionedRateLimiter<string> _failures;
    private readonly PartitionedRateLimiter<string> _inFlight;
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
        _inFlight = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = ConcurrentAttempts,
            QueueLimit = 0,
        }));
    }

    /// <summary>
    /// Starts an attempt: 429 when the address or the account has no failures left in the window, or
    /// already has <see cref="ConcurrentAttempts"/> attempts being checked. Dispose it when the
    /// attempt is decided (after <see cref="RecordFailure"/> for a failure).
    /// </summary>
    public IDisposable BeginAttempt(string clientKey, string email)
    {
        var keys = Keys(clientKey, email);
        foreach (var key in keys)
        {
            using var lease = _failures.AttemptAcquire(key, 0);
            if (!lease.IsAcquired)
            {
                throw TooMany("Too many failed logins from this client or for this account; retry later.", lease);
            }
        }

        var held = new List<RateLimitLease>();
        foreach (var key in keys)
        {
            var lease = _inFlight.AttemptAcquire(key);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                held.ForEach(l => l.Dispose());
                throw new TooManyRequestsException("Too many logins at once from this client or for this account; retry in a second.", TimeSpan.FromSeconds(1));
            }

            held.Add(lease);
        }

        return new Attempt(held);
    }

    public void RecordFailure(string clientKey, string email)
    {
        foreach (var key in Keys(clientKey, email))
        {
            _failures.AttemptAcquire(key).Dispose();
        }
    }

    public void Dispose()
    {
        _failures.Dispose();
        _inFlight.Dispose();
    }

    private TooManyRequestsException TooMany(string message, RateLimitLease lease) =>
        new(message, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _window);

    private static string[] Keys(string clientKey, string email) => ["address:" + clientKey, "account:" + email];

    private sealed class Attempt(List<RateLimitLease> leases) : IDisposable
    {
        public void Dispose() => leases.ForEach(lease => lease.Dispose());
    }
}
