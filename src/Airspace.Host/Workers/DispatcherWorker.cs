using Airspace.Core.Publishing;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

internal sealed class DispatcherWorker(DeliveryDispatcher dispatcher) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => dispatcher.RunAsync(stoppingToken);
}
