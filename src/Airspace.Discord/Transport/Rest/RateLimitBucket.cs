namespace Airspace.Discord.Transport.Rest;

/// <summary>One Discord bucket (hash + major parameter). One request is in flight per bucket at a time.</summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    public DateTimeOffset LastUsed { get; set; }

    public bool InUse => Gate.CurrentCount == 0;
}
