using System.Text;
using Airspace.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Airspace.Host.Tests.Support;

/// <summary>A Kestrel site on 127.0.0.1 serving fixed pages by path (404 otherwise), each with a media type and optional Link header.</summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly Dictionary<string, (string Type, Func<string> Body, string? Link)> _pages = new(StringComparer.Ordinal);
    private LoopbackKestrel? _server;
    private int _requests;

    public string Root => _server!.BaseAddress.ToString();

    /// <summary>Requests received, served or not.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<LoopbackSite> StartAsync()
    {
        var site = new LoopbackSite();
        site._server = await LoopbackKestrel.StartAsync(app => app.Run(async context =>
        {
            Interlocked.Increment(ref site._requests);
            if (!site._pages.TryGetValue(context.Request.Path.Value ?? "/", out var page))
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = page.Type;
            if (page.Link is not null)
            {
                context.Response.Headers.Link = page.Link.Replace("{root}", site.Root, StringComparison.Ordinal);
            }

            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(page.Body()));
        }));
        return site;
    }

    /// <param name="link">A Link header; <c>{root}</c> becomes the site's root URL.</param>
    public LoopbackSite Serve(string path, string type, string body, string? link = null) => Serve(path, type, () => body, link);

    /// <summary>A page whose body is made at each request (a site whose posts change between polls).</summary>
    public LoopbackSite Serve(string path, string type, Func<string> body, string? link = null)
    {
        _pages[path] = (type, body, link);
        return this;
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
