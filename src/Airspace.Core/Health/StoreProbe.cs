namespace Airspace.Core.Health;

/// <summary>
/// Reads the store cheaply every <see cref="StoreProbeOptions.Interval"/> and tells <see cref="StoreAvailability"/>
/// what it saw, so an outage is noticed (and logged once) within seconds even while no loop is due to touch the store,
/// and its end is noticed as soon as the store answers again.
/// </summary>
public sealed class StoreProbe(IStateStore state, StoreAvailability availability, IOptions<StoreProbeOptions> options, TimeProvider time)
{
    /// <summary>Probes once; true when the store answered.</summary>
    public async Task<bool> ProbeAsync(CancellationToken ct)
    {
        try
        {
            await state.GetAsync(Probe, ct).ConfigureAwait(false);
            availability.ReportUp();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            availability.ReportFailure(ex);
            return false;
        }
    }

    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await ProbeAsync(ct).ConfigureAwait(false);
            try
            {
                await Task.Delay(options.Value.Interval, time, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>A key no one writes: reading it is one indexed lookup.</summary>
    private static readonly StateKey<long> Probe = StateKey.Number("store-probe");
}
