using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Discord;

public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>Maps the adapter's inbound HTTP endpoints (used when the host listens on `Airspace:Http:Urls`).</summary>
    public static IEndpointRouteBuilder MapAirspaceDiscord(this IEndpointRouteBuilder endpoints)
    {
        // Webhook-only setups (no bot token) have no inbound endpoint and no adapter health to report.
        var options = endpoints.ServiceProvider.GetService<IOptions<DiscordOptions>>();
        if (options is null || endpoints.ServiceProvider.GetService<DiscordBootstrap>() is null)
        {
            return endpoints;
        }

        // The adapter's own health: 503 once it halted (bad token, fatal gateway close).
        endpoints.MapHealthChecks("/healthz/discord", new HealthCheckOptions { Predicate = c => c.Name == "discord" });
        if (options.Value.IsHttpMode)
        {
            var endpoint = endpoints.ServiceProvider.GetRequiredService<InteractionsEndpoint>();
            endpoints.MapPost(InteractionsEndpoint.Path, endpoint.HandleAsync);
        }

        return endpoints;
    }
}
