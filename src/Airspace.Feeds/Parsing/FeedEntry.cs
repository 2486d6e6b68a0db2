namespace Airspace.Feeds.Parsing;

/// <summary>
/// One feed item. <see cref="Title"/> is one line; <see cref="Summary"/> and <see cref="Content"/> are plain text with
/// one paragraph per line (HTML reduced, entities decoded). Links and the image are absolute http(s) URLs.
/// </summary>
public sealed record FeedEntry
{
    /// <summary>The item's own identifier (guid, Atom id, rdf:about, JSON id, WordPress id), as the source wrote it.</summary>
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Link { get; init; }

    public DateTimeOffset? Published { get; init; }

    public DateTimeOffset? Updated { get; init; }

    public string? Author { get; init; }

    public string? Summary { get; init; }

    public string? Content { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? Image { get; init; }
}
