using Airspace.Core;
using Airspace.Core.Publishing;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

/// <summary>
/// The loop of one platform's dispatch role (<c>dispatch:&lt;platform&gt;</c>): while it runs, this process holds the
/// role and the dispatcher runs the platform's lanes (<see cref="DispatchLaneRoles"/>). Made only where the platform
/// has a sender, so a process that cannot send never asks for the role.
/// </summary>
internal sealed class DispatchRoleWorker : BackgroundService
{
    private readonly string _platform;
    private readonly DispatchLaneRoles _lanes;
    private readonly StoreSignals _signals;

    /// <summary>Made when the host builds its hosted services, before any starts: the platform is gated from then on.</summary>
    public DispatchRoleWorker(string platform, DispatchLaneRoles lanes, StoreSignals signals)
    {
        _platform = platform;
        _lanes = lanes;
        _signals = signals;
        lanes.Gate(platform);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _lanes.Hold(_platform, stoppingToken);
        _signals.Deliveries.Notify(); // the dispatcher starts the platform's lanes now, not at its next poll
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            _lanes.Release(_platform, stoppingToken);
        }
    }
}
