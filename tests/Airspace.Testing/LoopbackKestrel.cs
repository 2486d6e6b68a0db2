using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Airspace.Testing;

/// <summary>
/// A real HTTP server for tests: Kestrel on 127.0.0.1, a port the system picks (port 0), no logging, the routes
/// <c>configure</c> maps. Disposing stops it (in-flight requests get a bounded grace period, then are aborted).
/// </summary>
public sealed class LoopbackKestrel : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly WebApplication _app;

    private LoopbackKestrel(WebApplication app)
    {
        _app = app;
        BaseAddress = BoundAddress(app.Services);
    }

    /// <summary>Where the server listens, with a trailing slash: <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri BaseAddress { get; }

    public int Port => BaseAddress.Port;

    /// <summary>Starts a server whose pipeline <paramref name="configure"/> sets up (middleware, <c>Map…</c>, <c>Run</c>).</summary>
    public static async Task<LoopbackKestrel> StartAsync(Action<WebApplication> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        configure(app);
        await app.StartAsync();
        return new LoopbackKestrel(app);
    }

    /// <summary>The first address a started ASP.NET Core server (this one, or the bot's own) bound, with a trailing slash.</summary>
    public static Uri BoundAddress(IServiceProvider services)
    {
        var address = services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(StopGrace);
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }
}
