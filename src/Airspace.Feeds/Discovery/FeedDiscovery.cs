using System.Text;
using Airspace.Core.Localization;
using Airspace.Core.Sources;

namespace Airspace.Feeds.Discovery;

/// <summary>
/// Finds what to poll from the URL a user pastes, checking it once (<c>airspace sources add</c>). A feed or a WordPress
/// posts endpoint is read as it is. A web page is searched, in this order: the WordPress REST API it advertises (the
/// <c>Link</c> header or the <c>&lt;link rel="https://api.w.org/"&gt;</c> tag; preferred, as it gives full text,
/// categories and images), then its <c>&lt;link rel="alternate"&gt;</c> feeds, then the common feed paths of its site.
/// Every candidate must answer with something <see cref="FeedParser"/> reads. Never throws for a bad site.
/// </summary>
public sealed class FeedDiscovery(HttpFetcher http, IOptions<FeedsOptions> options)
{
    /// <summary>How many of a page's <c>&lt;link rel="alternate"&gt;</c> feeds are tried, in page order.</summary>
    public const int MaxLinkedFeeds = 5;

    /// <summary>Where sites usually serve their feed, tried last, in this order.</summary>
    public static readonly IReadOnlyList<string> CommonPaths =
        ["/feed/", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/feed.json"];

    private const string PageAccept = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, */*;q=0.8";

    /// <param name="kind">The kind the user asked for, or null to find out.</param>
    /// <param name="local">The source may be on a loopback or private address (only on its own host).</param>
    public async Task<DiscoveredSource> DiscoverAsync(Uri url, SourceKind? kind, bool local, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (kind == SourceKind.WordPress || (kind is null && IsWordPressEndpoint(url)))
        {
            return await WordPressAsync(url, url, ChatText.Get(kind == SourceKind.WordPress && !IsWordPressEndpoint(url) ? "discovery.siteApi" : "discovery.postsEndpoint"), local, ct).ConfigureAwait(false);
        }

        var page = await FetchAsync(url, url, PageAccept, local, ct).ConfigureAwait(false);
        if (page.Status != HttpFetchStatus.Ok || page.Body is null)
        {
            return DiscoveredSource.Fail(page.Error ?? $"{SafeUrl.Redact(url)} answered 304 Not Modified to an unconditional request");
        }

        var feed = TryParse(page, out var error);
        if (feed is not null)
        {
            return new DiscoveredSource
            {
                Kind = SourceKind.Feed,
                Url = url,
                Items = feed.Items.Count,
                Description = ChatText.Format("discovery.isFeed", SafeUrl.Redact(url), FeedName(feed.Format), Items(feed)),
            };
        }

        if (!IsHtml(page))
        {
            return DiscoveredSource.Fail($"{SafeUrl.Redact(url)} is not a readable feed: {error}");
        }

        var links = HomePageLinks.Read(Html.HtmlPageDecoder.Decode(page.Body, page.Charset), page.Url, page.Links);
        var tried = new List<string>();
        if (kind is null && links.WordPress is { } api)
        {
            var found = await WordPressAsync(url, PostsEndpoint(api.Root), ChatText.Format("discovery.advertisedApi", api.Where), local, ct).ConfigureAwait(false);
            if (found.Found)
            {
                return found;
            }

            tried.Add($"the WordPress REST API it advertises ({found.Error})");
        }

        // A page may list hundreds of feeds (one per tag or author): the first few are the site's own.
        foreach (var (alternate, _) in links.Feeds.Take(MaxLinkedFeeds))
        {
            if (await FeedAsync(url, alternate, ChatText.Get("discovery.linked"), local, ct).ConfigureAwait(false) is { Found: true } found)
            {
                return found;
            }
        }

        if (links.Feeds.Count > 0)
        {
            var count = Math.Min(links.Feeds.Count, MaxLinkedFeeds);
            tried.Add(count == 1 ? "the feed it links to"
                : count < links.Feeds.Count ? $"the first {count} of the {links.Feeds.Count} feeds it links to"
                : $"the {count} feeds it links to");
        }

        foreach (var path in CommonPaths)
        {
            var candidate = new Uri(page.Url, path);
            if (await FeedAsync(url, candidate, ChatText.Format("discovery.commonPath", path), local, ct).ConfigureAwait(false) is { Found: true } found)
            {
                return found;
            }
        }

        tried.Add("the common paths " + string.Join(", ", CommonPaths));
        var advertised = links.WordPress is null && links.Feeds.Count == 0 ? "it advertises no WordPress API or feed link, and " : "";
        return DiscoveredSource.Fail(
            $"{SafeUrl.Redact(url)} is a web page, not a feed, and no feed was found there: {advertised}none of {string.Join("; ", tried)} gave a readable feed. Give the feed's URL (or --kind WordPress for a WordPress site).");
    }

    /// <summary>A <c>/wp-json/…</c> or <c>?rest_route=</c> URL is the WordPress REST API, not a feed.</summary>
    public static bool IsWordPressEndpoint(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.AbsolutePath.Contains("/wp-json/", StringComparison.OrdinalIgnoreCase) || url.Query.Contains("rest_route=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The posts endpoint under an API root: <c>…/wp-json/</c> → <c>…/wp-json/wp/v2/posts</c>; <c>?rest_route=/</c> → <c>?rest_route=/wp/v2/posts</c>.</summary>
    internal static Uri PostsEndpoint(Uri root)
    {
        if (root.Query.Contains("rest_route=", StringComparison.OrdinalIgnoreCase))
        {
            return new UriBuilder(root) { Query = "rest_route=/wp/v2/posts" }.Uri;
        }

        return new Uri(new Uri(root.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"), "wp/v2/posts");
    }

    private async Task<DiscoveredSource> WordPressAsync(Uri source, Uri endpoint, string how, bool local, CancellationToken ct)
    {
        var result = await FetchAsync(source, WordPressApi.PostsPage(endpoint, 1, options.Value.WordPressPageSize, "modified"), "application/json", local, ct).ConfigureAwait(false);
        if (TryParse(result, out var error) is not { } feed)
        {
            return DiscoveredSource.Fail(error!);
        }

        if (feed.Format != "wordpress")
        {
            return DiscoveredSource.Fail($"{SafeUrl.Redact(endpoint)} is {Article(FormatName(feed.Format))} feed, not the WordPress REST API");
        }

        return new DiscoveredSource
        {
            Kind = SourceKind.WordPress,
            Url = endpoint,
            Items = feed.Items.Count,
            Description = ChatText.Format("discovery.foundApi", how, SafeUrl.Redact(endpoint), ChatText.Count(feed.Items.Count, "discovery.posts")),
        };
    }

    private async Task<DiscoveredSource> FeedAsync(Uri source, Uri candidate, string how, bool local, CancellationToken ct)
    {
        var result = await FetchAsync(source, candidate, PageAccept, local, ct).ConfigureAwait(false);
        if (TryParse(result, out var error) is not { } feed || feed.Format == "wordpress")
        {
            return DiscoveredSource.Fail(error ?? "a WordPress posts list");
        }

        return new DiscoveredSource
        {
            Kind = SourceKind.Feed,
            Url = candidate,
            Items = feed.Items.Count,
            Description = ChatText.Format("discovery.foundFeed", FeedName(feed.Format), how, SafeUrl.Redact(candidate), Items(feed)),
        };
    }

    private Task<HttpFetchResult> FetchAsync(Uri source, Uri url, string accept, bool local, CancellationToken ct) =>
        http.FetchAsync(new HttpFetchRequest
        {
            Url = url,
            AllowLocal = local,
            LocalHost = source.IdnHost,
            Accept = accept,
            MaxBytes = options.Value.MaxDocumentBytes,
        }, ct);

    private static ParsedFeed? TryParse(HttpFetchResult result, out string? error)
    {
        error = result.Error;
        if (result.Status != HttpFetchStatus.Ok || result.Body is null)
        {
            error ??= $"{SafeUrl.Redact(result.Url)} answered 304 Not Modified to an unconditional request";
            return null;
        }

        try
        {
            return FeedParser.Parse(result.Body, result.Url, result.Charset);
        }
        catch (FeedFormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private static bool IsHtml(HttpFetchResult page) =>
        page.MediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true
        || Encoding.UTF8.GetString(page.Body!.AsSpan(0, Math.Min(page.Body!.Length, 1024))).Contains("<html", StringComparison.OrdinalIgnoreCase);

    private static string FormatName(string format) =>
        format.StartsWith("rss", StringComparison.Ordinal) ? format is "rss20" ? "RSS 2.0" : "RSS"
        : format.StartsWith("atom", StringComparison.Ordinal) ? "Atom"
        : format.StartsWith("json", StringComparison.Ordinal) ? "JSON Feed"
        : format;

    private static string Article(string name) => (name.StartsWith('A') || name.StartsWith("RSS", StringComparison.Ordinal) ? "an " : "a ") + name;

    /// <summary>"an RSS 2.0 feed", "a JSON Feed feed"; "feed RSS 2.0" in Indonesian (the descriptions reach chat: /sources add).</summary>
    private static string FeedName(string format)
    {
        var name = FormatName(format);
        return ChatText.Format(Article(name).StartsWith("an ", StringComparison.Ordinal) ? "discovery.feed.an" : "discovery.feed.a", name);
    }

    private static string Items(ParsedFeed feed) => ChatText.Count(feed.Items.Count, "discovery.items");
}
