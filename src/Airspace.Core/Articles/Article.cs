namespace Airspace.Core.Articles;

/// <summary>An article as the store holds it: normalised text plus its stored summary.</summary>
public sealed record Article
{
    public required ArticleId Id { get; init; }
    public required string Source { get; init; }
    public string? ExternalId { get; init; }
    public string? Url { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    /// <summary>ISO 639-1 code: "id" or "en".</summary>
    public required string Language { get; init; }
    public required DateTimeOffset Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? ImageUrl { get; init; }
    public required string ContentHash { get; init; }
    public required string Summary { get; init; }
    public required string SummarizerVersion { get; init; }
    public required DateTimeOffset IngestedAt { get; init; }
    /// <summary>
    /// One of the bundled demo samples the first run seeds (see <see cref="IDemoMode"/>): never posted to a chat,
    /// shown and searchable only in a demo run.
    /// </summary>
    public bool Demo { get; init; }
}
