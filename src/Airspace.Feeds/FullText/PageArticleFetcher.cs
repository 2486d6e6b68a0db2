using Airspace.Core.Articles;
using Airspace.Core.Ingest;

namespace Airspace.Feeds.FullText;

/// <summary>
/// Fetches one article page and extracts it: the full text of excerpt-only feed items, and <c>/summary &lt;url&gt;</c>.
/// Fetches go through <see cref="HttpFetcher"/>, so the SSRF guard applies (a chat user's URL is never Local).
/// </summary>
public sealed class PageArticleFetcher(HttpFetcher http, IOptions<FeedsOptions> options) : IArticleFetcher
{
    private const string HtmlAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var (page, error) = await FetchPageAsync(url, localHost: null, ct).ConfigureAwait(false);
        if (page is null)
        {
            return new FetchResult(null, error);
        }

        var host = new Uri(page.Url ?? url.AbsoluteUri).IdnHost.ToLowerInvariant();
        return new FetchResult(new ArticleDraft
        {
            Source = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host,
            Url = page.Url ?? url.AbsoluteUri,
            Title = page.Title,
            Text = page.Text,
            Published = page.Published,
            Author = page.Author,
            ImageUrl = page.Image,
            Categories = page.Categories,
        }, null);
    }

    /// <summary>The page's article, or why there is none.</summary>
    /// <param name="localHost">A Local source's own host: a page there may be on a private address; pages elsewhere may not.</param>
    public async Task<(PageArticle? Page, string? Error)> FetchPageAsync(Uri url, string? localHost, CancellationToken ct)
    {
        var result = await http.FetchAsync(new HttpFetchRequest
        {
            Url = url,
            AllowLocal = localHost is not null,
            LocalHost = localHost,
            Accept = HtmlAccept,
            MaxBytes = options.Value.MaxPageBytes,
        }, ct).ConfigureAwait(false);
        if (result.Status != HttpFetchStatus.Ok || result.Body is null)
        {
            return (null, result.Error ?? "the page did not change since it was last fetched");
        }

        if (result.MediaType is { } type && !type.Contains("html", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"{SafeUrl.Redact(result.Url)} is not a web page ({type})");
        }

        var page = ArticlePageExtractor.Extract(HtmlPageDecoder.Decode(result.Body, result.Charset), result.Url);
        return page is null ? (null, "no article text found on the page") : (page, null);
    }
}
