namespace Airspace.Feeds.Sources;

/// <summary>What one poll (or backfill) did: items new, changed and archived quietly, and what it cost.</summary>
public sealed record PollStats
{
    public int NewItems { get; init; }

    public int ChangedItems { get; init; }

    /// <summary>New articles archived without alerting (first poll, backfill, old items re-entering the feed).</summary>
    public int QuietItems { get; init; }

    public int Requests { get; init; }

    public long Bytes { get; init; }

    public bool NotModified { get; init; }

    /// <summary>Why the poll failed; null on success.</summary>
    public string? Error { get; init; }

    public PollStats Add(PollStats other) => this with
    {
        NewItems = NewItems + other.NewItems,
        ChangedItems = ChangedItems + other.ChangedItems,
        QuietItems = QuietItems + other.QuietItems,
        Requests = Requests + other.Requests,
        Bytes = Bytes + other.Bytes,
    };
}
