namespace Airspace.Core.Sources;

/// <summary>What <see cref="ISourceAdmin.PollNowAsync"/> did to one source.</summary>
public sealed record SourcePollResult
{
    /// <summary>The source's name as it is spelled in the catalog.</summary>
    public required string Name { get; init; }

    public int NewItems { get; init; }

    public int ChangedItems { get; init; }

    /// <summary>New articles archived without alerting (the first poll, old items re-entering the feed).</summary>
    public int QuietItems { get; init; }

    public bool NotModified { get; init; }

    /// <summary>Why the poll failed (may name hosts and paths: operators only); null on success.</summary>
    public string? Error { get; init; }

    /// <summary>"review: 2 new, 0 changed, 0 archived without alerting.", or "review: not modified.", in the current chat language.</summary>
    public string Describe() => NotModified
        ? ChatText.Format("sources.notModified", Name)
        : ChatText.Format("sources.polled", Name, NewItems, ChangedItems, QuietItems);
}
