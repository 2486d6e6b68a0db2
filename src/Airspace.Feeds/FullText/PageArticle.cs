namespace Airspace.Feeds.FullText;

/// <summary>The main text of an article page, as plain paragraphs, with what the page says about itself.</summary>
public sealed record PageArticle
{
    public string? Title { get; init; }

    public required string Text { get; init; }

    public string? Url { get; init; }

    public string? Image { get; init; }

    public string? Author { get; init; }

    public DateTimeOffset? Published { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];
}
