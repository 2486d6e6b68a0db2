namespace Airspace.Feeds.Parsing;

/// <summary>A feed as read: plain-text fields, absolute links, UTC dates, items in document order.</summary>
public sealed record ParsedFeed
{
    /// <summary>rss090, rss091, rss092, rss20, rss10, atom03, atom10, json10, json11, wordpress.</summary>
    public required string Format { get; init; }

    public string? Title { get; init; }

    public string? Link { get; init; }

    public IReadOnlyList<FeedEntry> Items { get; init; } = [];
}
