using Microsoft.Extensions.Hosting;
using Telegram.Bot.Types;

namespace Airspace.Telegram.Commands;

/// <summary>
/// Hands updates (from polling or the webhook) to <see cref="UpdateHandler"/>: concurrently across chats, in order
/// within a chat, at most <see cref="TelegramOptions.UpdateConcurrency"/> at once. Queuing returns at once, so one
/// slow chat never holds up the update loop.
/// </summary>
internal sealed class UpdateScheduler(UpdateHandler handler, IOptions<TelegramOptions> settings, TelegramClients clients, ILogger<UpdateScheduler> logger) : IHostedService
{
    private readonly TelegramOptions _options = settings.Value;

    private readonly ChatLanes _lanes = new("update", settings.Value.UpdateConcurrency, clients.Redactor, logger);

    /// <summary>
    /// Queues the update behind its chat's earlier ones; waits only when very many updates are pending.
    /// <paramref name="starting"/>, when given, runs just before the update is handled (not when it is dropped at stop).
    /// </summary>
    public Task EnqueueAsync(Update update, CancellationToken ct, Func<Task>? starting = null) =>
        _lanes.PostAsync(ChatOf(update), async token =>
        {
            if (starting is not null)
            {
                token.ThrowIfCancellationRequested();
                await starting().ConfigureAwait(false);
            }

            await handler.HandleAsync(update, token).ConfigureAwait(false);
        }, ct);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => _lanes.StopAsync();

    /// <summary>The chat whose order the update belongs to: inline queries have no chat, so their sender's id stands in.</summary>
    private static long ChatOf(Update update) =>
        (update.Message ?? update.ChannelPost ?? update.EditedMessage ?? update.EditedChannelPost)?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.CallbackQuery?.From.Id
        ?? update.InlineQuery?.From.Id
        ?? update.MyChatMember?.Chat.Id
        ?? 0;
}
