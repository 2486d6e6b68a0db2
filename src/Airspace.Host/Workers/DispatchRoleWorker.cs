using Airspace.Core;
using Airspace.Core.Publishing;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

/// <summary>
/// The loop of one platform's dispatch role (<c>dispatch:&lt;platform&gt;</c>): while it runs, this process holds the
/// role and the dispatcher runs the platform's lanes (<see cref="DispatchLaneRoles"/>). It ends at once when the platform
/// has no sender here, giving the role back to a process that can send.
/// </summary>
internal sealed class DispatchRoleWorker(string platform, DispatchLaneRoles lanes, IEnumerable<IChatSender> senders, StoreSignals signals)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!senders.Any(sender => sender.Platform == platform))
        {
            return;
        }

        lanes.Hold(platform, stoppingToken);
        signals.Deliveries.Notify(); // the dispatcher starts the platform's lanes now, not at its next poll
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            lanes.Release(platform, stoppingToken);
        }
    }
}
