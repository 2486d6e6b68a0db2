using System.Globalization;
using Airspace.Core.Interactions;
using Microsoft.Extensions.Hosting;
using Telegram.Bot.Types;

namespace Airspace.Telegram.Transport.Webhook;

/// <summary>
/// In webhook mode: connects (setWebhook), then hands queued updates to the <see cref="UpdateScheduler"/> in order,
/// skipping redeliveries: those this process saw (in memory, no store round trip) and, in the update's chat lane just
/// before it is handled, those any process sharing the store saw (<see cref="ISeenInteractionStore"/>), so a
/// redelivery reaching another replica behind the proxy, or this one after a restart, is handled once.
/// </summary>
internal sealed class TelegramWebhookWorker(
    UpdateQueue queue,
    UpdateScheduler scheduler,
    TelegramSession session,
    ISeenInteractionStore seen,
    TimeProvider time,
    TelegramClients clients,
    IOptions<TelegramOptions> settings,
    ILogger<TelegramWebhookWorker> logger) : BackgroundService
{
    /// <summary>The "platform" of update ids in the seen-interaction store.</summary>
    public const string SeenPlatform = "telegram-update";

    /// <summary>Telegram keeps an update it could not deliver for 24 hours; a redelivery cannot come later than that.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(24);


    private readonly TelegramOptions _options = settings.Value;

    // Telegram redelivers an update it thinks failed, and with several connections updates arrive out of order.
    private readonly RecentIds<int> _recent = new(4096);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.Mode != TelegramMode.Webhook || !await session.EnsureConnectedAsync(stoppingToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await foreach (var update in queue.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (!_recent.TryAdd(update.Id))
                {
                    TelegramLog.DuplicateUpdate(logger, update.Id);
                    continue;
                }

                await scheduler.EnqueueAsync(update, stoppingToken, admit: ct => FirstTimeAsync(update, ct)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Records the update id in the store: false when a process sharing it recorded the id first. When the store does
    /// not answer in time (or fails), the update is handled anyway: a command answered twice is better than one lost.
    /// </summary>
    private async Task<bool> FirstTimeAsync(Update update, CancellationToken ct)
    {
        var id = update.Id.ToString(CultureInfo.InvariantCulture);
        try
        {
            // Task.Run: SQLite's busy handler may block the calling thread.
            var recorded = Task.Run(() => seen.TryRecordAsync(SeenPlatform, id, time.GetUtcNow() + KeepFor, CancellationToken.None), CancellationToken.None);
            if (await recorded.WaitAsync(ChatStoreWait.Limit, time, ct).ConfigureAwait(false))
            {
                return true;
            }

            TelegramLog.DuplicateUpdate(logger, update.Id);
            return false;
        }
        catch (TimeoutException)
        {
            TelegramLog.UpdateRecordSkipped(logger, update.Id, $"the store did not answer within {ChatStoreWait.Limit.TotalMilliseconds:0} ms");
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            TelegramLog.UpdateRecordSkipped(logger, update.Id, clients.Redactor.Describe(ex));
            return true;
        }
    }
}
