using Airspace.Telegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Telegram;

public static class TelegramEndpointRouteBuilderExtensions
{
    /// <summary>Maps the adapter's inbound HTTP endpoints (used when the host listens on `Airspace:Http:Urls`).</summary>
    public static IEndpointRouteBuilder MapAirspaceTelegram(this IEndpointRouteBuilder endpoints)
    {
        // Only when the adapter is configured, and in webhook mode. The options are read without validating them here:
        // a bad value is reported once, by the start-up validation, as one sentence.
        var services = endpoints.ServiceProvider;
        if (services.GetService<IServiceProviderIsService>()?.IsService(typeof(TelegramWebhookEndpoint)) != true)
        {
            return endpoints;
        }

        var options = new TelegramOptions();
        services.GetRequiredService<IConfiguration>().GetSection(TelegramOptions.SectionName).Bind(options);
        if (options.Mode != TelegramMode.Webhook)
        {
            return endpoints;
        }

        endpoints.MapPost(options.WebhookPath, (Delegate)((HttpContext context) =>
            context.RequestServices.GetRequiredService<TelegramWebhookEndpoint>().HandleAsync(context)));
        return endpoints;
    }
}
