using Microsoft.AspNetCore.Routing;

namespace Airspace.Telegram;

public static class TelegramEndpointRouteBuilderExtensions
{
    /// <summary>Maps the adapter's inbound HTTP endpoints (used when the host listens on `Airspace:Http:Urls`).</summary>
    public static IEndpointRouteBuilder MapAirspaceTelegram(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
