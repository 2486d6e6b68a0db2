using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>The Discord adapter (sender, command handling, hosted loops) when `Airspace:Discord:Token` is set; nothing otherwise.</summary>
    public static IServiceCollection AddAirspaceDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
