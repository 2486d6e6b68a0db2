using Airspace.Core.Health;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

internal sealed class StoreProbeWorker(StoreProbe probe) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => probe.RunAsync(stoppingToken);
}
