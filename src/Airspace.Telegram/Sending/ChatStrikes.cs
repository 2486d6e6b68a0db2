using System.Collections.Concurrent;

namespace Airspace.Telegram.Sending;

/// <summary>
/// Consecutive "this chat is gone" answers per address. One 403 can be a glitch (a kicked bot re-added a minute
/// later), so a subscription is disabled only after <see cref="TelegramOptions.ChatGoneThreshold"/> in a row;
/// any successful send clears the count. Kept in memory: a restart starts counting again.
/// </summary>
internal sealed class ChatStrikes
{
    private readonly ConcurrentDictionary<string, int> _strikes = new(StringComparer.Ordinal);

    public int Strike(string address) => _strikes.AddOrUpdate(address, 1, (_, count) => count + 1);

    public void Clear(string address) => _strikes.TryRemove(address, out _);
}
