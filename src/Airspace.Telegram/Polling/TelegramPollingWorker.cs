using Microsoft.Extensions.Hosting;

namespace Airspace.Telegram.Polling;

/// <summary>Runs the poller in polling mode; idle in webhook mode.</summary>
internal sealed class TelegramPollingWorker(UpdatePoller poller, TelegramOptions options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Mode == TelegramMode.Polling ? poller.RunAsync(stoppingToken) : Task.CompletedTask;
}
