namespace Airspace.Storage.Sqlite.Mapping;

/// <summary>Expired rows are pruned at most once per <see cref="Every"/>, in a write that happens anyway.</summary>
internal sealed class PruneSchedule(TimeProvider time)
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private long _last = long.MinValue;

    /// <summary>True (and the clock restarted) when the last prune is at least <see cref="Every"/> ago.</summary>
    public bool IsDue(out long now)
    {
        now = UnixTime.ToStorage(time.GetUtcNow());
        var last = Interlocked.Read(ref _last);
        return (last == long.MinValue || now - last >= (long)Every.TotalMilliseconds) && Interlocked.CompareExchange(ref _last, now, last) == last;
    }
}
