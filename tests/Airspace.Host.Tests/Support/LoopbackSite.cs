using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Airspace.Host.Tests.Support;

/// <summary>A Kestrel site on 127.0.0.1 serving fixed pages by path (404 otherwise), each with a media type and optional Link header.</summary>
public sealed class LoopbackSite : IAsyncDisposable
{
    private readonly Dictionary<string, (string Type, Func<string> Body, string? Link)> _pages = new(StringComparer.Ordinal);
    private readonly WebApplication _app;
    private int _requests;

    private LoopbackSite(WebApplication app) => _app = app;

    public string Root { get; private set; } = "";

    /// <summary>Requests received, served or not.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<LoopbackSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new LoopbackSite(app);
        app.Run(async context =>
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
        });
        await app.StartAsync();
        site.Root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
