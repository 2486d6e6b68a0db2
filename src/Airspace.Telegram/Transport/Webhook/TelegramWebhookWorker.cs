using Microsoft.Extensions.Hosting;

namespace Airspace.Telegram.Transport.Webhook;

/// <summary>In webhook mode: connects (setWebhook), then hands queued updates to the <see cref="UpdateScheduler"/> in order, skipping redeliveries.</summary>
internal sealed class TelegramWebhookWorker(
    UpdateQueue queue,
    UpdateScheduler scheduler,
    TelegramSession session,
    IOptions<TelegramOptions> settings,
    ILogger<TelegramWebhookWorker> logger) : BackgroundService
{
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

                await scheduler.EnqueueAsync(update, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
