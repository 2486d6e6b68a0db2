using Telegram.Bot.Types;

namespace Airspace.Telegram.Commands;

/// <summary>Routes one update to its handler. A failing update is logged and skipped; it never stops the loop.</summary>
internal sealed class UpdateHandler(
    CommandHandler commands,
    SearchPagingHandler paging,
    InlineQueryHandler inline,
    MembershipHandler membership,
    TelegramClients clients,
    ILogger<UpdateHandler> logger)
{
    public async Task HandleAsync(Update update, CancellationToken ct)
    {
        try
        {
            await DispatchAsync(update, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            TelegramLog.UpdateFailed(logger, update.Id, clients.Redactor.Describe(ex));
        }
    }

    private Task DispatchAsync(Update update, CancellationToken ct)
    {
        if ((update.Message ?? update.ChannelPost) is { } message)
        {
            return message.MigrateToChatId is { } newChatId
                ? membership.OnMigratedAsync(message.Chat.Id, newChatId, ct)
                : commands.HandleAsync(message, ct);
        }

        if (update.CallbackQuery is { } callback)
        {
            return paging.HandleAsync(callback, ct);
        }

        if (update.InlineQuery is { } query)
        {
            return inline.HandleAsync(query, ct);
        }

        return update.MyChatMember is { } member ? membership.OnMyChatMemberAsync(member, ct) : Task.CompletedTask;
    }
}
