using Airspace.Feeds.Inbox;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

internal sealed class InboxWorker(InboxWatcher watcher) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => watcher.RunAsync(stoppingToken);
}
