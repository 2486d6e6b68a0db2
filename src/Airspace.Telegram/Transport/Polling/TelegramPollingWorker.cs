using Microsoft.Extensions.Hosting;

namespace Airspace.Telegram.Transport.Polling;

/// <summary>Runs the poller in polling mode; idle in webhook mode.</summary>
internal sealed class TelegramPollingWorker(UpdatePoller poller, IOptions<TelegramOptions> settings) : BackgroundService
{
    private readonly TelegramOptions _options = settings.Value;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _options.Mode == TelegramMode.Polling ? poller.RunAsync(stoppingToken) : Task.CompletedTask;
}
