namespace Airspace.Core.Articles;

/// <summary>An article as the store holds it: normalised text plus its stored summary.</summary>
public sealed record Article : ArticleContent
{
    public required ArticleId Id { get; init; }
    public required DateTimeOffset IngestedAt { get; init; }
}
