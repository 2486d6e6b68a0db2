using Airspace.Core.Subscriptions;

namespace Airspace.Discord.Transport.Events;

/// <summary>Disables the subscriptions of channels Discord says are gone. Idempotent: a disabled subscription is left as it is.</summary>
internal sealed class ChannelCleanup(ISubscriptionStore subscriptions, ILogger<ChannelCleanup> logger)
{
    public async Task<int> DisableAsync(IReadOnlyCollection<string> channelIds, string reason, CancellationToken ct)
    {
        if (channelIds.Count == 0)
        {
            return 0;
        }

        var targets = channelIds.ToHashSet(StringComparer.Ordinal);
        var disabled = 0;
        foreach (var subscription in await subscriptions.ListAsync(ct).ConfigureAwait(false))
        {
            if (subscription.Enabled
                && subscription.Address.Platform == ChannelAddress.Discord
                && targets.Contains(subscription.Address.Target))
            {
                await subscriptions.DisableAsync(subscription.Id, reason, ct).ConfigureAwait(false);
                DiscordLog.SubscriptionDisabledByEvent(logger, subscription.Id.Value, subscription.Address.ToString(), reason);
                disabled++;
            }
        }

        return disabled;
    }
}
