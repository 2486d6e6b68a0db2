namespace Airspace.Core.Sources;

/// <summary>What the poller remembers about a source between polls and across restarts.</summary>
public sealed record SourceState
{
    public required string Name { get; init; }

    public SourceHealth Health { get; init; } = SourceHealth.New;

    /// <summary>Validators for the next conditional GET.</summary>
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Failed polls in a row (reset by a success).</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>The last failure's reason, one sentence without secrets.</summary>
    public string? LastError { get; init; }

    public DateTimeOffset? LastPollAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    /// <summary>When the next poll is due (backoff and Retry-After push it out).</summary>
    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>
    /// When the first poll completed. Items existing then were archived quietly; later items dated before it are
    /// old items coming back into the feed's window, and are archived quietly too.
    /// </summary>
    public DateTimeOffset? BaselineAt { get; init; }

    /// <summary>Set when the source became unhealthy; identifies the failure episode that notices are sent for.</summary>
    public DateTimeOffset? UnhealthySince { get; init; }

    /// <summary>Items seen in the last successful poll.</summary>
    public int ItemCount { get; init; }
}
