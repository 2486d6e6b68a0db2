using System.Collections.Concurrent;

namespace Airspace.Telegram.Sending;

/// <summary>Groups known to have become supergroups (old id → new id), so nothing is sent to the dead id again.</summary>
internal sealed class ChatMigrations
{
    private const int MaxHops = 4;
    private readonly ConcurrentDictionary<long, long> _moves = new();

    public void Record(long fromChatId, long toChatId)
    {
        if (fromChatId != toChatId)
        {
            _moves[fromChatId] = toChatId;
        }
    }

    public long Resolve(long chatId)
    {
        for (var hop = 0; hop < MaxHops && _moves.TryGetValue(chatId, out var next); hop++)
        {
            chatId = next;
        }

        return chatId;
    }
}
