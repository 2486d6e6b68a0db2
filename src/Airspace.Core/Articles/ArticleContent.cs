namespace Airspace.Core.Articles;

/// <summary>
/// What an article says and where it came from: the fields a stored <see cref="Article"/> and a
/// <see cref="NewArticle"/> on its way to the store share.
/// </summary>
public abstract record ArticleContent
{
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
    /// <summary>Hash of the normalised body; see <see cref="Text.ContentHash"/>.</summary>
    public required string ContentHash { get; init; }
    public required string Summary { get; init; }
    public required string SummarizerVersion { get; init; }
    /// <summary>
    /// One of the bundled demo samples the first run seeds (see <see cref="IDemoMode"/>): never posted to a chat,
    /// shown and searchable only in a demo run. Set on insert only (an update never changes it).
    /// </summary>
    public bool Demo { get; init; }
}
