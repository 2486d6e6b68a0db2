using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Airspace.Host.Http;

/// <summary>
/// With <c>Airspace:Http:ManagementUrls</c> set, Kestrel listens on both sets of URLs and marks each connection that
/// arrives on a management URL, so <c>/healthz</c> and <c>/metrics</c> can answer there only. The mark is on the
/// connection, not read from the Host header, which any caller could write.
/// </summary>
public sealed class ManagementListeners
{
    private readonly List<(string Scheme, ListenOptions Options)> _listeners = [];

    /// <summary>Where the management endpoints listen once the server started (ports chosen by the system resolved).</summary>
    public IReadOnlyList<Uri> Addresses
    {
        get
        {
            lock (_listeners)
            {
                return [.. _listeners.Where(l => l.Options.IPEndPoint is not null).Select(l => new Uri($"{l.Scheme}://{l.Options.IPEndPoint}/"))];
            }
        }
    }

    /// <summary>True when the request came in on a management URL.</summary>
    public static bool IsManagement(HttpContext context) => context.Features.Get<ManagementConnection>() is not null;

    /// <summary>Every URL as a named Kestrel endpoint (public ones first, so the first bound address stays the public one).</summary>
    internal void Configure(KestrelServerOptions kestrel, HttpOptions http)
    {
        var endpoints = new Dictionary<string, string?>(StringComparer.Ordinal);
        // Named by position (Kestrel binds them in the order of their names), public ones first.
        var urls = http.PublicUrls.Select(url => (Url: url, Management: false)).Concat(http.ManagementUrlList.Select(url => (Url: url, Management: true)))
            .Select((u, i) => (Name: $"Url{i:D3}", u.Url, u.Management)).ToList();
        foreach (var (name, url, _) in urls)
        {
            endpoints[$"Endpoints:{name}:Url"] = url;
        }

        var loader = kestrel.Configure(new ConfigurationBuilder().AddInMemoryCollection(endpoints).Build());
        foreach (var (name, url, _) in urls.Where(u => u.Management))
        {
            var scheme = url.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? "https" : "http";
            loader.Endpoint(name, endpoint =>
            {
                lock (_listeners)
                {
                    _listeners.Add((scheme, endpoint.ListenOptions));
                }

                endpoint.ListenOptions.Use(next => connection =>
                {
                    connection.Features.Set(ManagementConnection.Instance);
                    return next(connection);
                });
            });
        }
    }

    /// <summary>The mark a management connection carries (connection features are visible from the request).</summary>
    private sealed class ManagementConnection
    {
        public static readonly ManagementConnection Instance = new();
    }
}
