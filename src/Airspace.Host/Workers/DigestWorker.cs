using Airspace.Core.Publishing;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

internal sealed class DigestWorker(DigestScheduler digests) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => digests.RunAsync(stoppingToken);
}
