namespace Airspace.Core.Interactions;

/// <summary>
/// When a store prunes expired rows of short-lived state (seen ids, paging keys, command counts): at most once per
/// <see cref="Every"/>, in a write that happens anyway, so no loop of its own is needed and the tables stay bounded.
/// </summary>
public sealed class PruneSchedule(TimeProvider time)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private long _last = long.MinValue;

    /// <summary>
    /// True (and the schedule restarted) when the last prune is at least <see cref="Every"/> ago; <paramref name="now"/>
    /// is the current time in unix milliseconds, as the stores keep instants.
    /// </summary>
    public bool IsDue(out long now)
    {
        now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var last = Interlocked.Read(ref _last);
        return (last == long.MinValue || now - last >= (long)Every.TotalMilliseconds) && Interlocked.CompareExchange(ref _last, now, last) == last;
    }
}
