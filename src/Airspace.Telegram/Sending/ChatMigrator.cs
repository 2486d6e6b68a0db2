using Airspace.Core.Subscriptions;

namespace Airspace.Telegram.Sending;

/// <summary>
/// Follows a group's upgrade to a supergroup (new chat id): every subscription of the old chat moves to the new one,
/// pending deliveries with it, and the old id is remembered so nothing goes there again.
/// </summary>
internal sealed class ChatMigrator(ISubscriptionStore subscriptions, ChatMigrations migrations, ILogger<ChatMigrator> logger)
{
    /// <summary>Moves the old chat's subscriptions; returns false when one could not move (the new chat already has its own).</summary>
    public async Task<bool> MigrateAsync(long fromChatId, long toChatId, CancellationToken ct)
    {
        migrations.Record(fromChatId, toChatId);
        var moved = 0;
        var allMoved = true;
        foreach (var subscription in await subscriptions.ListAsync(ct).ConfigureAwait(false))
        {
            if (!ChatTarget.TryParse(subscription.Address, out var target) || target.ChatId != fromChatId)
            {
                continue;
            }

            var newAddress = ChannelAddress.ForTelegram(toChatId, target.TopicId);
            try
            {
                await subscriptions.MoveAsync(subscription.Id, newAddress, ct).ConfigureAwait(false);
                moved++;
            }
            catch (InvalidOperationException ex)
            {
                allMoved = false;
                TelegramLog.MoveFailed(logger, subscription.Id.Value, newAddress.ToString(), ex.Message);
            }
        }

        TelegramLog.ChatMigrated(logger, fromChatId, toChatId, moved);
        return allMoved;
    }
}
