namespace Airspace.Discord.Transport.Rest;

/// <summary>Permission to send one request in a bucket; <see cref="RateLimiter.Complete"/> returns it with the response headers.</summary>
internal sealed class RateLimitLease
{
    private int _released;

    private RateLimitLease(RateLimitBucket? bucket, TimeSpan denied)
    {
        Bucket = bucket;
        DeniedFor = denied;
    }

    public RateLimitBucket? Bucket { get; }

    /// <summary>When not granted: how long the caller would have had to wait.</summary>
    public TimeSpan DeniedFor { get; }

    public bool Granted => Bucket is not null;

    /// <summary>The request's place in the global per-second window, when it counts toward it.</summary>
    internal RateLimiter.GlobalSlot? GlobalSlot { get; set; }

    public static RateLimitLease Grant(RateLimitBucket bucket) => new(bucket, TimeSpan.Zero);

    public static RateLimitLease Deny(TimeSpan wait) => new(null, wait);

    /// <summary>Releases the bucket once, however often it is called.</summary>
    public void Release()
    {
        if (Bucket is not null && Interlocked.Exchange(ref _released, 1) == 0)
        {
            Bucket.Gate.Release();
        }
    }
}
