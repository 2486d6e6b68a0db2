using Airspace.Core.Subscriptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Airspace.Telegram.Commands;

/// <summary>
/// Membership news about the bot itself: removed from a chat (or blocked, in a private chat) → that chat's
/// subscriptions are disabled with the reason; a group upgraded to a supergroup → its subscriptions move.
/// </summary>
internal sealed class MembershipHandler(ISubscriptionStore subscriptions, ChatMigrator migrator, ILogger<MembershipHandler> logger)
{
    public async Task OnMyChatMemberAsync(ChatMemberUpdated update, CancellationToken ct)
    {
        if (update.NewChatMember.Status is not (ChatMemberStatus.Kicked or ChatMemberStatus.Left))
        {
            return;
        }

        var reason = update.Chat.Type == ChatType.Private
            ? "the user blocked the bot"
            : update.NewChatMember.Status == ChatMemberStatus.Kicked ? "the bot was removed from the chat" : "the bot left the chat";
        var disabled = 0;
        foreach (var subscription in await subscriptions.ListAsync(ct).ConfigureAwait(false))
        {
            if (subscription.Enabled && ChatTarget.TryParse(subscription.Address, out var target) && target.ChatId == update.Chat.Id)
            {
                await subscriptions.DisableAsync(subscription.Id, reason, ct).ConfigureAwait(false);
                disabled++;
            }
        }

        TelegramLog.RemovedFromChat(logger, update.Chat.Id, update.NewChatMember.Status.ToString(), disabled);
    }

    public Task OnMigratedAsync(long fromChatId, long toChatId, CancellationToken ct) =>
        migrator.MigrateAsync(fromChatId, toChatId, ct);
}
