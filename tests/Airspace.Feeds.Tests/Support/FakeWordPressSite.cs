using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Airspace.Feeds.Tests.Support;

/// <summary>
/// A WordPress-shaped site on loopback: <c>/wp-json/wp/v2/posts</c> (with _embed, paging, orderby, ETag),
/// <c>/feed/</c> (RSS 2.0 with excerpts only, Last-Modified), and article pages. Posts can be added, edited and
/// removed between polls, and responses scripted (status codes, Retry-After, delays).
/// </summary>
public sealed class FakeWordPressSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, FakePost> _posts = new();
    private readonly ConcurrentQueue<Scripted> _script = new();

    private FakeWordPressSite(LoopbackServer server) => Server = server;

    public LoopbackServer Server { get; private set; }

    public Uri Root => Server.Root;

    public Uri FeedUrl => Server.Url("/feed/");

    public Uri ApiUrl => Server.Url("/wp-json/wp/v2/posts");

    public static async Task<FakeWordPressSite> StartAsync(params FakePost[] posts)
    {
        FakeWordPressSite? site = null;
        var server = await LoopbackServer.StartAsync(context => site!.HandleAsync(context));
        site = new FakeWordPressSite(server);
        foreach (var post in posts)
        {
            site.Put(post);
        }

        return site;
    }

    public void Put(FakePost post) => _posts[post.Id] = post;

    public void Remove(int id) => _posts.TryRemove(id, out _);

    public FakePost Get(int id) => _posts[id];

    /// <summary>The next request whose path starts with <paramref name="pathPrefix"/> gets this answer instead.</summary>
    public void Script(string pathPrefix, int status, TimeSpan? retryAfter = null, TimeSpan? delay = null) =>
        _script.Enqueue(new Scripted(pathPrefix, status, retryAfter, delay));

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (_script.TryPeek(out var scripted) && path.StartsWith(scripted.PathPrefix, StringComparison.Ordinal) && _script.TryDequeue(out scripted))
        {
            if (scripted.Delay is { } delay)
            {
                await Task.Delay(delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is { } retry)
            {
                context.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync("scripted failure");
            return;
        }

        if (path == "/wp-json/wp/v2/posts")
        {
            await ApiAsync(context);
        }
        else if (path == "/feed/")
        {
            await FeedAsync(context);
        }
        else if (_posts.Values.FirstOrDefault(p => p.Path == path) is { } post)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(Page(post));
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    }

    private async Task ApiAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var perPage = int.TryParse(query["per_page"], CultureInfo.InvariantCulture, out var n) ? n : 10;
        var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
        var byModified = query["orderby"] == "modified";
        var ordered = _posts.Values.OrderByDescending(x => byModified ? x.Modified ?? x.Date : x.Date).ThenByDescending(x => x.Id).ToList();
        var slice = ordered.Skip((page - 1) * perPage).Take(perPage).ToList();
        if (page > 1 && slice.Count == 0)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("""{"code":"rest_post_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}}""");
            return;
        }

        var json = JsonSerializer.Serialize(slice.Select(Post).ToList());
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16] + "\"";
        context.Response.Headers.ETag = etag;
        context.Response.Headers["X-WP-Total"] = ordered.Count.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = 304;
            return;
        }

        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(json);
    }

    private async Task FeedAsync(HttpContext context)
    {
        var posts = _posts.Values.OrderByDescending(x => x.Date).ThenByDescending(x => x.Id).Take(10).ToList();
        var lastModified = posts.Select(x => x.Modified ?? x.Date).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var header = lastModified.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
        context.Response.Headers.LastModified = header;
        if (context.Request.Headers.IfModifiedSince == header)
        {
            context.Response.StatusCode = 304;
            return;
        }

        var items = new StringBuilder();
        foreach (var post in posts)
        {
            items.Append(CultureInfo.InvariantCulture, $"""
                <item>
                  <title>{WebUtility.HtmlEncode(post.Title)}</title>
                  <link>{Server.Url(post.Path)}</link>
                  <guid isPermaLink="false">{Server.Url("/?p=" + post.Id.ToString(CultureInfo.InvariantCulture))}</guid>
                  <pubDate>{post.Date.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture)}</pubDate>
                  <dc:creator><![CDATA[{post.Author}]]></dc:creator>
                  {string.Concat(post.Categories.Select(c => $"<category><![CDATA[{c}]]></category>"))}
                  <description><![CDATA[<p>{post.Paragraphs[0][..60]} [&#8230;]</p>]]></description>
                </item>
                """);
        }

        context.Response.ContentType = "application/rss+xml; charset=UTF-8";
        await context.Response.WriteAsync($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>Fake Airspace Review</title>
              <link>{Root}</link>
              {items}
            </channel>
            </rss>
            """);
    }

    private Dictionary<string, object?> Post(FakePost post) => new()
    {
        ["id"] = post.Id,
        ["date"] = post.Date.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        ["date_gmt"] = post.Date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        ["modified_gmt"] = (post.Modified ?? post.Date).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        ["guid"] = new Dictionary<string, object> { ["rendered"] = Server.Url("/?p=" + post.Id.ToString(CultureInfo.InvariantCulture)).AbsoluteUri },
        ["link"] = Server.Url(post.Path).AbsoluteUri,
        ["title"] = new Dictionary<string, object> { ["rendered"] = WebUtility.HtmlEncode(post.Title) },
        ["content"] = new Dictionary<string, object> { ["rendered"] = Html(post), ["protected"] = false },
        ["excerpt"] = new Dictionary<string, object> { ["rendered"] = $"<p>{post.Paragraphs[0][..60]} [&hellip;]</p>" },
        ["_embedded"] = new Dictionary<string, object>
        {
            ["author"] = new[] { new Dictionary<string, object> { ["id"] = 1, ["name"] = post.Author } },
            ["wp:featuredmedia"] = new[] { new Dictionary<string, object> { ["source_url"] = Server.Url($"/wp-content/uploads/{post.Slug}.jpg").AbsoluteUri } },
            ["wp:term"] = new[]
            {
                post.Categories.Select(c => new Dictionary<string, object> { ["name"] = c, ["taxonomy"] = "category" }).ToArray(),
                post.Tags.Select(t => new Dictionary<string, object> { ["name"] = t, ["taxonomy"] = "post_tag" }).ToArray(),
            },
        },
    };

    private static string Html(FakePost post) =>
        string.Concat(post.Paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>\n")) + "<script>track('x')</script>";

    private string Page(FakePost post) => $"""
        <!DOCTYPE html>
        <html lang="id"><head><title>{WebUtility.HtmlEncode(post.Title)} – Fake Airspace Review</title>
        <meta property="og:title" content="{WebUtility.HtmlEncode(post.Title)}">
        <meta property="og:image" content="{Server.Url($"/wp-content/uploads/{post.Slug}-og.jpg")}">
        <script>window.evil = 'page script';</script><style>.junk-style-marker</style></head>
        <body><nav><a href="/">Beranda</a> <a href="/berita/">Berita</a></nav>
        <article><h1>{WebUtility.HtmlEncode(post.Title)}</h1>
        {Html(post)}
        <p onclick="alert('handler')">Demikian laporan dari Jakarta untuk pembaca setia.</p>
        </article>
        <aside>Iklan: beli tiket murah sekarang juga</aside><footer>© Fake</footer></body></html>
        """;

    private sealed record Scripted(string PathPrefix, int Status, TimeSpan? RetryAfter, TimeSpan? Delay);
}
