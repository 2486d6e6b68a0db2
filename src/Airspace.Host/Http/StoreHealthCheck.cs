using Airspace.Core.Publishing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Host.Http;

/// <summary>Required: the store answers a cheap read. Without it nothing is planned or sent.</summary>
internal sealed class StoreHealthCheck(IDeliveryStore deliveries) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await deliveries.NextDueAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("the store answers");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The type only: a driver's message may name the database host or a file path, and /healthz may be public.
            return HealthCheckResult.Unhealthy($"the store does not answer ({ex.GetType().Name})");
        }
    }
}
