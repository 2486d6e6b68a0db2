using Airspace.Core;
using Airspace.Core.Publishing;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

/// <summary>
/// The loop of one platform's dispatch role (<c>dispatch:&lt;platform&gt;</c>): while it runs, this process holds the
/// role and the dispatcher runs the platform's lanes (<see cref="DispatchLaneRoles"/>). It ends at once when the platform
/// has no sender here, giving the role back to a process that can send.
/// </summary>
internal sealed class DispatchRoleWorker : BackgroundService
{
    private readonly string _platform;
    private readonly DispatchLaneRoles _lanes;
    private readonly bool _canSend;
    private readonly StoreSignals _signals;

    /// <summary>Made when the host builds its hosted services, before any starts: the platform is gated from then on.</summary>
    public DispatchRoleWorker(string platform, DispatchLaneRoles lanes, IEnumerable<IChatSender> senders, StoreSignals signals)
    {
        _platform = platform;
        _lanes = lanes;
        _canSend = senders.Any(sender => sender.Platform == platform);
        _signals = signals;
        lanes.Gate(platform);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_canSend)
        {
            return;
        }

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
