namespace Airspace.Discord.Transport.Rest;

/// <summary>
/// Discord bans an IP for a while after 10,000 responses of 401/403/429 in 10 minutes. We stop sending long before:
/// past <see cref="Ceiling"/> invalid responses in the window, requests wait for the window to move on.
/// </summary>
internal sealed class InvalidRequestBudget(TimeProvider time)
{
    public const int Ceiling = 2_500;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _invalid = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                Trim(time.GetUtcNow());
                return _invalid.Count;
            }
        }
    }

    /// <summary>Counts 401, 403 and 429 responses, except 429s of a shared resource limit (Discord does not count those).</summary>
    public void Record(int status, string? scope)
    {
        if (status is 401 or 403 || (status == 429 && !string.Equals(scope, "shared", StringComparison.OrdinalIgnoreCase)))
        {
            lock (_gate)
            {
                _invalid.Enqueue(time.GetUtcNow());
            }
        }
    }

    /// <summary>True when no more requests should be sent for <paramref name="wait"/>.</summary>
    public bool IsExhausted(out TimeSpan wait)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            Trim(now);
            wait = _invalid.Count >= Ceiling ? _invalid.Peek() + Window - now : TimeSpan.Zero;
            return wait > TimeSpan.Zero;
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= Window)
        {
            _invalid.Dequeue();
        }
    }
}
