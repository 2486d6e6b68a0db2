using System.Globalization;
using Airspace.Core.Commands;
using Airspace.Core.Interactions;
using Airspace.Core.Subscriptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Airspace.Telegram.Commands;

/// <summary>
/// Answers "/command" messages (and channel posts) with the core command handlers. In groups, commands addressed to
/// another bot are ignored, and unknown commands are answered only when addressed to us, so we stay quiet among bots.
/// Each user gets <see cref="TelegramOptions.CommandsPerUser"/> commands per <see cref="TelegramOptions.CommandWindow"/>.
/// The reply is queued on the chat's <see cref="ReplyQueue"/>, not awaited: the update is done once it is computed.
/// </summary>
internal sealed class CommandHandler(
    CommandRouter router,
    TelegramSession session,
    ChatAdminChecker admins,
    ChannelTarget channels,
    SearchButtons buttons,
    MessageSender sender,
    ReplyQueue replies,
    CommandRateLimit rateLimit,
    SummaryGate summaries,
    IOptions<ChatLanguageOptions> chat,
    ILogger<CommandHandler> logger)
{
    public async Task HandleAsync(Message message, CancellationToken ct)
    {
        if (!ParsedCommand.TryParse(message.Text, session.Identity?.Username, out var command))
        {
            return;
        }

        // The reply, its buttons and its errors in the sender's language (Telegram's language_code), else the default.
        using var language = ChatLanguage.Use(ChatLanguage.Choose(chat.Value.Language, message.From?.LanguageCode));
        var isPrivate = message.Chat.Type == ChatType.Private;
        var known = command.Name == "start" || router.Find(command.Name) is not null;
        if (!known && !isPrivate && !command.AddressedToUs)
        {
            return;
        }

        var topicId = message.IsTopicMessage ? message.MessageThreadId : null;
        var sender = message.SenderChat?.Id ?? message.From?.Id ?? message.Chat.Id;
        Reply reply;
        switch (await rateLimit.CheckAsync(sender, ct).ConfigureAwait(false))
        {
            case CommandVerdict.Ignore:
                TelegramLog.CommandThrottled(logger, message.Chat.Id, sender);
                return;
            case CommandVerdict.Warn:
                TelegramLog.CommandThrottled(logger, message.Chat.Id, sender);
                reply = Reply.Info(ChatText.Get("telegram.slowDown"));
                break;
            default:
                var here = ChannelAddress.ForTelegram(message.Chat.Id, topicId);
                reply = await ReplyAsync(message, command, here, isPrivate, ct).ConfigureAwait(false);
                break;
        }

        var rendered = ReplyRenderer.Render(reply, await buttons.KeyboardAsync(reply.Paging, ct).ConfigureAwait(false));
        var chatId = message.Chat.Id;
        replies.Post(chatId, token => SendAsync(chatId, topicId, message.Id, rendered, token));
    }

    private async Task SendAsync(long chatId, int? topicId, int replyTo, IReadOnlyList<OutgoingMessage> rendered, CancellationToken ct)
    {
        for (var i = 0; i < rendered.Count; i++)
        {
            var result = await sender.SendAsync(chatId, topicId, rendered[i], i == 0 ? replyTo : null, SendPriority.Reply, ReplyQueue.MaxWait, ct).ConfigureAwait(false);
            if (result is not SendResult.Sent)
            {
                TelegramLog.ReplyNotSent(logger, chatId, Describe(result));
                return;
            }
        }
    }

    private async Task<Reply> ReplyAsync(Message message, ParsedCommand command, ChannelAddress here, bool isPrivate, CancellationToken ct)
    {
        if (command.Name == "start")
        {
            var help = await router.HandleTextAsync(new CommandContext { Channel = here }, "help", "", ct).ConfigureAwait(false);
            return Reply.Info(ChatText.Get("telegram.hello") + " " + help.Text + StartHint(isPrivate));
        }

        if (isPrivate && router.Find(command.Name) is { } declaration && AboutSubscriptions(declaration) && command.Arguments.StartsWith('@') && message.From is { } user)
        {
            var parts = command.Arguments.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            var (channel, error) = await channels.ResolveAsync(parts[0], user.Id, mustPost: declaration.PostsToChannel, ct).ConfigureAwait(false);
            if (channel is null)
            {
                return Reply.Error(error!);
            }

            var context = new CommandContext { Channel = channel.Value, CanManageSubscriptions = true };
            var reply = await router.HandleTextAsync(context, command.Name, parts.Length > 1 ? parts[1] : "", ct).ConfigureAwait(false);
            return reply with { Text = $"{parts[0]}: {reply.Text}" };
        }

        if (command.Name == SummaryCommand.Definition.Name && IsFetch(command.Arguments))
        {
            return await summaries.RunAsync(token => router.HandleTextAsync(new CommandContext { Channel = here }, command.Name, command.Arguments, token), ct).ConfigureAwait(false)
                ?? Reply.Error(ChatText.Format("telegram.fetchTimeout", Math.Round(summaries.Timeout.TotalSeconds)));
        }

        var canManage = router.Find(command.Name) is { ManagesChannel: true } && await admins.CanManageAsync(message, ct).ConfigureAwait(false);
        return await router.HandleTextAsync(
            new CommandContext { Channel = here, CanManageSubscriptions = canManage, UserId = message.From?.Id.ToString(CultureInfo.InvariantCulture), IsPrivate = message.Chat.Id > 0 && message.Chat.Id == message.From?.Id },
            command.Name,
            command.Arguments,
            ct).ConfigureAwait(false);
    }

    /// <summary>"/subscribe @channel", "/unsubscribe @channel" and "/subscriptions @channel" act on that channel.</summary>
    private static bool AboutSubscriptions(CommandDeclaration declaration) =>
        declaration.ManagesChannel || declaration.Name == SubscriptionsCommand.Definition.Name;

    /// <summary>An argument that is not an article id may make /summary fetch a page.</summary>
    private static bool IsFetch(string arguments) =>
        arguments.Length > 0 && !long.TryParse(arguments.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static string StartHint(bool isPrivate) => isPrivate
        ? "\n\n" + ChatText.Get("telegram.startHint")
        : "";

    private static string Describe(SendResult result) => result switch
    {
        SendResult.Deferred deferred => $"the chat's turn is {deferred.Wait.TotalSeconds:0} s away",
        SendResult.Failed failed => failed.Failure.Description,
        _ => result.ToString(),
    };
}
