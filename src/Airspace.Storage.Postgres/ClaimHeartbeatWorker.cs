using Airspace.Core;
using Airspace.Core.Publishing;
using Microsoft.Extensions.Hosting;

namespace Airspace.Storage.Postgres;

/// <summary>
/// Beats for this process's <see cref="DeliveryDispatcher.Owner"/> every <see cref="PostgresStoreOptions.HeartbeatInterval"/>
/// and takes back the claims of dispatchers whose heartbeat stopped (<see cref="PostgresStoreOptions.HeartbeatTimeout"/>
/// on the database's clock). A store that cannot be reached is logged and
/// tried again at the next beat; the bot keeps running.
/// </summary>
public sealed class ClaimHeartbeatWorker(
    ClaimHeartbeat heartbeat, DeliveryDispatcher dispatcher, StoreSignals signals, IOptions<PostgresStoreOptions> options, TimeProvider time,
    ILogger<ClaimHeartbeatWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, time);
        do
        {
            try
            {
                await heartbeat.BeatAsync(dispatcher.Owner, stoppingToken).ConfigureAwait(false);
                if (await heartbeat.ReleaseStaleAsync(stoppingToken).ConfigureAwait(false) > 0)
                {
                    signals.Deliveries.Notify(); // sent now if this process holds their lanes, not at the next poll
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (StoreUnavailableException.IsIn(ex))
            {
                // The outage is logged once (StoreAvailability); the next beat tries again.
            }
            catch (Exception ex)
            {
                PostgresLog.HeartbeatFailed(logger, SecretRedactor.Redact(ex.Message));
            }
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
