namespace Airspace.Core.Ingest;

/// <summary>Fetches and extracts one article page by URL (for <c>/summary &lt;url&gt;</c>); implementations guard against SSRF.</summary>
public interface IArticleFetcher
{
    /// <summary>The article at <paramref name="url"/>, or a reason it could not be fetched (never throws for a bad URL or page).</summary>
    Task<FetchResult> FetchAsync(Uri url, CancellationToken ct);
}

public sealed record FetchResult(ArticleDraft? Draft, string? Error);
