using System.Collections.Concurrent;

namespace Airspace.Discord.Transport.Events;

/// <summary>
/// Which channels belong to which guild, learned from GUILD_CREATE (sent for every guild after READY) and channel
/// events, so that GUILD_DELETE — which carries only the guild id — can find the guild's subscriptions.
/// </summary>
internal sealed class GuildChannelMap
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _channels = new(StringComparer.Ordinal);

    public void SetGuild(string guildId, IEnumerable<string> channelIds) =>
        _channels[guildId] = new ConcurrentDictionary<string, byte>(channelIds.Select(id => KeyValuePair.Create(id, (byte)0)), StringComparer.Ordinal);

    public void Add(string guildId, string channelId) =>
        _channels.GetOrAdd(guildId, _ => new ConcurrentDictionary<string, byte>(StringComparer.Ordinal))[channelId] = 0;

    public void Remove(string guildId, string channelId)
    {
        if (_channels.TryGetValue(guildId, out var channels))
        {
            channels.TryRemove(channelId, out _);
        }
    }

    public IReadOnlyCollection<string> Channels(string guildId) =>
        _channels.TryGetValue(guildId, out var channels) ? channels.Keys.ToArray() : [];

    public void RemoveGuild(string guildId) => _channels.TryRemove(guildId, out _);
}
