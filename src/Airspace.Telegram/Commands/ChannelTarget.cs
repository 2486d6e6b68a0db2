using System.Text.RegularExpressions;
using Airspace.Core.Subscriptions;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Airspace.Telegram.Commands;

/// <summary>
/// "/subscribe @channel" from a private chat: the channel must exist, the sender must be one of its admins, and (to
/// subscribe) the bot must be an admin that can post there.
/// </summary>
internal sealed partial class ChannelTarget(TelegramClients clients, ChatAdminChecker admins, Startup.TelegramSession session)
{
    /// <summary>The channel's address, or the sentence to answer instead.</summary>
    public async Task<(ChannelAddress? Address, string? Error)> ResolveAsync(string username, long userId, bool mustPost, CancellationToken ct)
    {
        if (!UsernamePattern().IsMatch(username))
        {
            return (null, ChatText.Format("telegram.notChannelName", username));
        }

        ChatFullInfo chat;
        try
        {
            chat = await clients.Api.GetChat(username, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return BotFailure.From(ex, clients.Redactor).Kind is BotFailureKind.Transient or BotFailureKind.RateLimited
                ? (null, ChatText.Get("telegram.noAnswer"))
                : (null, ChatText.Format("telegram.cannotSee", username));
        }

        if (chat.Type != ChatType.Channel)
        {
            return (null, ChatText.Format("telegram.notChannel", username));
        }

        if (!await admins.IsAdminAsync(chat.Id, userId, ct).ConfigureAwait(false))
        {
            return (null, ChatText.Format("telegram.channelAdminOnly", username));
        }

        if (mustPost && session.Identity is { } me
            && await admins.GetMemberAsync(chat.Id, me.Id, ct).ConfigureAwait(false) is not ChatMemberAdministrator { CanPostMessages: true })
        {
            return (null, ChatText.Format("telegram.makeMeAdmin", username));
        }

        return (ChannelAddress.ForTelegram(chat.Id), null);
    }

    [GeneratedRegex("^@[A-Za-z0-9_]{4,32}$")]
    private static partial Regex UsernamePattern();
}
