namespace DataPlatform.Infrastructure;

/// <summary>
/// UTC time that strictly increases within the process, so that records written in one request
/// (a project and its first timeline event, say) keep their order when sorted by timestamp.
/// </summary>
public sealed class Clock(TimeProvider timeProvider)
{
    private long _lastTicks;

    public DateTime UtcNow()
    {
        var now = timeProvider.GetUtcNow().UtcTicks;
        while (true)
        {
            var last = Interlocked.Read(ref _lastTicks);
            var next = now > last ? now : last + 1;
            if (Interlocked.CompareExchange(ref _lastTicks, next, last) == last)
            {
                return new DateTime(next, DateTimeKind.Utc);
            }
        }
    }
}
