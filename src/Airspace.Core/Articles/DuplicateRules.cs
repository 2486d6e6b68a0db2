namespace Airspace.Core.Articles;

/// <summary>
/// What every store does with a duplicate on upsert (the rules, not the look-ups): duplicates are found by (source,
/// external id), then URL, then content hash. A match by a weaker key only takes the update when it is the same item:
/// same source, and no contradicting external id (or URL, for a hash match). Anything else is the same story from
/// elsewhere (another source, a syndicated copy): the first source owns the article, and two copies never overwrite
/// each other back and forth.
/// </summary>
public static class DuplicateRules
{
    public static bool MayUpdateByUrl(Article byUrl, NewArticle incoming)
    {
        ArgumentNullException.ThrowIfNull(byUrl);
        ArgumentNullException.ThrowIfNull(incoming);
        return byUrl.Source == incoming.Source && !Contradicts(byUrl.ExternalId, incoming.ExternalId);
    }

    public static bool MayUpdateByHash(Article byHash, NewArticle incoming)
    {
        ArgumentNullException.ThrowIfNull(byHash);
        ArgumentNullException.ThrowIfNull(incoming);
        return byHash.Source == incoming.Source
            && !Contradicts(byHash.ExternalId, incoming.ExternalId)
            && !Contradicts(byHash.Url, incoming.Url);
    }

    /// <summary>
    /// The stored article with the incoming content; identity (source, first external id, ingest time) is kept.
    /// <paramref name="url"/> is the URL to keep: the incoming one, unless another article already owns it.
    /// </summary>
    public static Article Merge(Article stored, NewArticle incoming, string? url)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(incoming);
        return stored with
        {
            ExternalId = stored.ExternalId ?? incoming.ExternalId,
            Url = url,
            Title = incoming.Title,
            Body = incoming.Body,
            Language = incoming.Language,
            // An undated file re-imported (or re-dropped) says nothing new about the date; keep the first one.
            Published = incoming.PublishedAssumed ? stored.Published : incoming.Published,
            Updated = incoming.Updated,
            Author = incoming.Author,
            Categories = incoming.Categories,
            ImageUrl = incoming.ImageUrl,
            ContentHash = incoming.ContentHash,
            Summary = incoming.Summary,
            SummarizerVersion = incoming.SummarizerVersion,
        };
    }

    /// <summary>Compares what readers see; instants at the stored (millisecond) precision.</summary>
    public static bool SameContent(Article a, Article b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Title == b.Title
            && a.Body == b.Body
            && a.Summary == b.Summary
            && a.Url == b.Url
            && a.ImageUrl == b.ImageUrl
            && a.Author == b.Author
            && a.Categories.SequenceEqual(b.Categories, StringComparer.Ordinal)
            && a.Published.ToUnixTimeMilliseconds() == b.Published.ToUnixTimeMilliseconds()
            && a.Updated?.ToUnixTimeMilliseconds() == b.Updated?.ToUnixTimeMilliseconds();
    }

    private static bool Contradicts(string? stored, string? incoming) =>
        stored is not null && incoming is not null && !string.Equals(stored, incoming, StringComparison.Ordinal);
}
