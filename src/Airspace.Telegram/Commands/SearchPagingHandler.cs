using Airspace.Core.Commands;
using Airspace.Core.Subscriptions;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Airspace.Telegram.Commands;

/// <summary>Prev/Next on a search result: the same message is edited to show the other page. Every press is answered.</summary>
internal sealed class SearchPagingHandler(
    CommandRouter router,
    SearchButtons buttons,
    MessageSender sender,
    ReplyQueue replies,
    TelegramClients clients,
    IOptions<ChatLanguageOptions> chat,
    ILogger<SearchPagingHandler> logger)
{
    private static readonly TimeSpan MaxEditWait = TimeSpan.FromSeconds(10);

    public async Task HandleAsync(CallbackQuery query, CancellationToken ct)
    {
        // The page and its buttons in the language of whoever pressed (the same as the search's in a private chat).
        using var language = ChatLanguage.Use(ChatLanguage.Choose(chat.Value.Language, query.From.LanguageCode));
        if (query.Message is not { } message || await buttons.DecodeAsync(query.Data, ct).ConfigureAwait(false) is not { } pressed)
        {
            await AnswerAsync(query, ChatText.Get("telegram.searchExpired"), ct).ConfigureAwait(false);
            return;
        }

        // Answer first: Telegram expires unanswered queries, and the edit may wait for the chat's turn.
        await AnswerAsync(query, null, ct).ConfigureAwait(false);
        var topicId = message.IsTopicMessage ? message.MessageThreadId : null;
        var context = new CommandContext { Channel = ChannelAddress.ForTelegram(message.Chat.Id, topicId) };
        var reply = await router.HandleValuesAsync(context, SearchButtons.Command, ReplyPaging.Request(pressed.Query, pressed.Page), ct).ConfigureAwait(false);
        var rendered = ReplyRenderer.Render(reply, await buttons.KeyboardAsync(reply.Paging, ct).ConfigureAwait(false));
        var chatId = message.Chat.Id;
        replies.Post(chatId, token => EditAsync(chatId, message.Id, rendered[^1], token));
    }

    private async Task EditAsync(long chatId, int messageId, OutgoingMessage page, CancellationToken ct)
    {
        var result = await sender.EditAsync(chatId, messageId, page, SendPriority.Reply, MaxEditWait, ct).ConfigureAwait(false);
        if (result is SendResult.Failed failed)
        {
            TelegramLog.ReplyNotSent(logger, chatId, failed.Failure.Description);
        }
    }

    private async Task AnswerAsync(CallbackQuery query, string? text, CancellationToken ct)
    {
        try
        {
            await clients.Api.AnswerCallbackQuery(query.Id, text, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            TelegramLog.QueryAnswerFailed(logger, "callback", BotFailure.From(ex, clients.Redactor).Description);
        }
    }
}
