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
            return (null, $"{username} is not a channel username; write it like @airspace_news.");
        }

        ChatFullInfo chat;
        try
        {
            chat = await clients.Api.GetChat(username, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return BotFailure.From(ex, clients.Redactor).Kind is BotFailureKind.Transient or BotFailureKind.RateLimited
                ? (null, "Telegram did not answer; try again in a moment.")
                : (null, $"I cannot see {username}: check the name, and add me to the channel as an administrator.");
        }

        if (chat.Type != ChatType.Channel)
        {
            return (null, $"{username} is not a channel; send the command in that chat instead.");
        }

        if (!await admins.IsAdminAsync(chat.Id, userId, ct).ConfigureAwait(false))
        {
            return (null, $"Only an administrator of {username} can change its subscription.");
        }

        if (mustPost && session.Identity is { } me
            && await admins.GetMemberAsync(chat.Id, me.Id, ct).ConfigureAwait(false) is not ChatMemberAdministrator { CanPostMessages: true })
        {
            return (null, $"Make me an administrator of {username} who can post messages, then try again.");
        }

        return (ChannelAddress.ForTelegram(chat.Id), null);
    }

    [GeneratedRegex("^@[A-Za-z0-9_]{4,32}$")]
    private static partial Regex UsernamePattern();
}
