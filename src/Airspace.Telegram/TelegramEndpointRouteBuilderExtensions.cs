using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Airspace.Telegram;

public static class TelegramEndpointRouteBuilderExtensions
{
    /// <summary>Maps the adapter's inbound HTTP endpoints (used when the host listens on `Airspace:Http:Urls`).</summary>
    public static IEndpointRouteBuilder MapAirspaceTelegram(this IEndpointRouteBuilder endpoints)
    {
        // Only when the adapter is configured, and in webhook mode. A bad value maps nothing here: it is reported once,
        // by the start-up validation, as one sentence.
        var services = endpoints.ServiceProvider;
        if (services.GetService<IServiceProviderIsService>()?.IsService(typeof(TelegramWebhookEndpoint)) != true)
        {
            return endpoints;
        }

        TelegramOptions options;
        try
        {
            options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        }
        catch (OptionsValidationException)
        {
            return endpoints;
        }

        if (options.Mode != TelegramMode.Webhook)
        {
            return endpoints;
        }

        endpoints.MapPost(options.WebhookPath, (Delegate)((HttpContext context) =>
            context.RequestServices.GetRequiredService<TelegramWebhookEndpoint>().HandleAsync(context)));
        return endpoints;
    }
}
