using System.Globalization;
using Airspace.Core.Interactions;
using Microsoft.Extensions.Hosting;
using Telegram.Bot.Types;

namespace Airspace.Telegram.Commands;

/// <summary>
/// Hands updates (from polling or the webhook) to <see cref="UpdateHandler"/>: concurrently across chats, in order
/// within a chat, at most <see cref="TelegramOptions.UpdateConcurrency"/> at once. Queuing returns at once, so one
/// slow chat never holds up the update loop. Each update is handled inside its chat's turn (<see cref="IChatTurns"/>),
/// so replicas sharing a store behind one webhook never handle two updates of one chat at the same time.
/// </summary>
internal sealed class UpdateScheduler(UpdateHandler handler, IChatTurns turns, IOptions<TelegramOptions> settings, TelegramClients clients, ILogger<UpdateScheduler> logger) : IHostedService
{
    private readonly TelegramOptions _options = settings.Value;

    private readonly ChatLanes _lanes = new("update", settings.Value.UpdateConcurrency, clients.Redactor, logger);

    /// <summary>
    /// Queues the update behind its chat's earlier ones; waits only when very many updates are pending.
    /// <paramref name="admit"/>, when given, runs first in the chat's lane: false skips the update (a redelivery).
    /// <paramref name="starting"/>, when given, runs just before the update is handled (not when it is dropped at stop).
    /// </summary>
    public Task EnqueueAsync(Update update, CancellationToken ct, Func<Task>? starting = null, Func<CancellationToken, Task<bool>>? admit = null)
    {
        var chat = ChatOf(update);
        return _lanes.PostAsync(chat, async token =>
        {
            if (admit is not null && !await admit(token).ConfigureAwait(false))
            {
                return;
            }

            if (starting is not null)
            {
                token.ThrowIfCancellationRequested();
                await starting().ConfigureAwait(false);
            }

            var turn = await EnterTurnAsync(chat, token).ConfigureAwait(false);
            try
            {
                await handler.HandleAsync(update, token).ConfigureAwait(false);
            }
            finally
            {
                if (turn is not null)
                {
                    await turn.DisposeAsync().ConfigureAwait(false);
                }
            }
        }, ct);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _lanes.StopAsync();

    /// <summary>The chat's turn; null (the update handled without it, logged) when the store cannot give one.</summary>
    private async Task<IAsyncDisposable?> EnterTurnAsync(long chat, CancellationToken ct)
    {
        try
        {
            return await turns.EnterAsync(CommandRateLimit.Platform, chat.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            TelegramLog.ChatTurnSkipped(logger, chat, clients.Redactor.Describe(ex));
            return null;
        }
    }

    /// <summary>The chat whose order the update belongs to: inline queries have no chat, so their sender's id stands in.</summary>
    private static long ChatOf(Update update) =>
        (update.Message ?? update.ChannelPost ?? update.EditedMessage ?? update.EditedChannelPost)?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.CallbackQuery?.From.Id
        ?? update.InlineQuery?.From.Id
        ?? update.MyChatMember?.Chat.Id
        ?? 0;
}
