using System.Text;
using Microsoft.AspNetCore.Http;

namespace Airspace.Feeds.Tests.Support;

/// <summary>A loopback site serving fixed pages by path (404 otherwise), each with a media type and optional Link header.</summary>
public sealed class StaticSite : IAsyncDisposable
{
    private readonly Dictionary<string, Page> _pages = new(StringComparer.Ordinal);

    private StaticSite(LoopbackServer server) => Server = server;

    public LoopbackServer Server { get; private set; }

    public Uri Root => Server.Root;

    public static async Task<StaticSite> StartAsync()
    {
        StaticSite? site = null;
        var server = await LoopbackServer.StartAsync(context => site!.ServeAsync(context));
        site = new StaticSite(server);
        return site;
    }

    public StaticSite Serve(string path, string contentType, string body, string? link = null)
    {
        _pages[path] = new Page(contentType, body, link);
        return this;
    }

    public IReadOnlyList<string> Requested => [.. Server.Exchanges.Select(e => e.Path)];

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        if (!_pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = page.ContentType;
        if (page.Link is not null)
        {
            context.Response.Headers.Link = page.Link;
        }

        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(page.Body));
    }

    private sealed record Page(string ContentType, string Body, string? Link);
}
