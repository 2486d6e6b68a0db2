using System.Collections.Concurrent;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Airspace.Telegram.Commands;

/// <summary>
/// Who may change a chat's subscription: anyone in their own private chat, the channel itself (only its admins can
/// post), a group's anonymous admins, and members the Bot API reports as creator or administrator. Answers from
/// getChatMember are cached for <see cref="TelegramOptions.AdminCacheDuration"/>.
/// </summary>
internal sealed class ChatAdminChecker(TelegramClients clients, IOptions<TelegramOptions> settings, TimeProvider time, ILogger<ChatAdminChecker> logger)
{
    private readonly TelegramOptions _options = settings.Value;

    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<(long Chat, long User), (ChatMember? Member, DateTimeOffset Until)> _cache = new();

    public async Task<bool> CanManageAsync(Message message, CancellationToken ct)
    {
        switch (message.Chat.Type)
        {
            case ChatType.Private:
            case ChatType.Channel:
                return true;
        }

        if (message.SenderChat is { } senderChat)
        {
            // Anonymous group admins post as the group itself; any other sender chat is a channel speaking in the group.
            return senderChat.Id == message.Chat.Id;
        }

        return message.From is { } from && await IsAdminAsync(message.Chat.Id, from.Id, ct).ConfigureAwait(false);
    }

    public async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken ct) =>
        await GetMemberAsync(chatId, userId, ct).ConfigureAwait(false) is { Status: ChatMemberStatus.Creator or ChatMemberStatus.Administrator };

    /// <summary>The member (null when the API would not say), cached briefly.</summary>
    public async Task<ChatMember?> GetMemberAsync(long chatId, long userId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue((chatId, userId), out var cached) && cached.Until > now)
        {
            return cached.Member;
        }

        ChatMember? member = null;
        try
        {
            member = await clients.Api.GetChatMember(chatId, userId, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var failure = BotFailure.From(ex, clients.Redactor);
            TelegramLog.AdminCheckFailed(logger, chatId, failure.Description);
            if (failure.Kind is BotFailureKind.Transient or BotFailureKind.RateLimited)
            {
                return null;
            }
        }

        if (_cache.Count > MaxEntries)
        {
            _cache.Clear();
        }

        _cache[(chatId, userId)] = (member, now + _options.AdminCacheDuration);
        return member;
    }
}
