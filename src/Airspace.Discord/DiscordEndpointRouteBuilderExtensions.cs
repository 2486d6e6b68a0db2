using Microsoft.AspNetCore.Routing;

namespace Airspace.Discord;

public static class DiscordEndpointRouteBuilderExtensions
{
    /// <summary>Maps the adapter's inbound HTTP endpoints (used when the host listens on `Airspace:Http:Urls`).</summary>
    public static IEndpointRouteBuilder MapAirspaceDiscord(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
