using Airspace.Core.Publishing;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

internal sealed class PlannerWorker(DeliveryPlanner planner) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => planner.RunAsync(stoppingToken);
}
