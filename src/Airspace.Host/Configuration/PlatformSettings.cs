using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Host.Configuration;

/// <summary>
/// Whether this process can post to an address, and if not, the setting that would let it: a subscription to an
/// unconfigured platform is kept (the bot may be configured later) but its alerts wait, so the operator is told.
/// </summary>
public static class PlatformSettings
{
    /// <summary>The environment variable to set so <paramref name="address"/> gets its alerts; null when it already can.</summary>
    public static string? Missing(ChannelAddress address, IServiceProvider services)
    {
        var platforms = services.GetServices<IChatSender>().Select(s => s.Platform).ToHashSet(StringComparer.Ordinal);
        var configuration = services.GetRequiredService<IConfiguration>();
        return address.Platform switch
        {
            ChannelAddress.DiscordWebhook when !platforms.Contains(address.Platform)
                || string.IsNullOrWhiteSpace(configuration[$"Airspace:Discord:Webhooks:{address.Target}"]) => $"Airspace__Discord__Webhooks__{address.Target}",
            ChannelAddress.DiscordWebhook => null,
            _ when platforms.Contains(address.Platform) => null,
            ChannelAddress.Telegram => "Airspace__Telegram__Token",
            ChannelAddress.Discord => "Airspace__Discord__Token",
            _ => null,
        };
    }

    /// <summary>The warning for an address whose platform is not configured, or null.</summary>
    public static string? Warning(ChannelAddress address, IServiceProvider services) =>
        Missing(address, services) is { } setting
            ? $"{address} is subscribed, but {Name(address.Platform)} is not configured here, so its alerts wait (see `airspace deliveries pending`) until {setting} is set."
            : null;

    private static string Name(string platform) => platform switch
    {
        ChannelAddress.Telegram => "Telegram",
        ChannelAddress.Discord => "the Discord bot",
        ChannelAddress.DiscordWebhook => "this Discord webhook",
        _ => platform,
    };
}
