using Airspace.Feeds.Sources;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

internal sealed class FeedPollWorker(SourcePollLoop loop) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => loop.RunAsync(stoppingToken);
}
