using Airspace.Core.Health;
using Airspace.Core.Publishing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Host.Http;

/// <summary>
/// Required: the store answers a cheap read. Without it nothing is planned or sent (the loops wait and retry, nothing
/// is lost). What it sees goes to <see cref="StoreAvailability"/>, which logs the outage once and its end once.
/// </summary>
internal sealed class StoreHealthCheck(IDeliveryStore deliveries, StoreAvailability availability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await deliveries.NextDueAsync(cancellationToken).ConfigureAwait(false);
            availability.ReportUp();
            return HealthCheckResult.Healthy("the store answers");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            availability.ReportFailure(ex);
            var data = availability.DownSince is { } since
                ? new Dictionary<string, object> { ["down_since"] = since.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }
                : null;

            // The type only: a driver's message may name the database host or a file path, and /healthz may be public.
            return HealthCheckResult.Unhealthy($"the store does not answer ({ex.GetType().Name}); the bot retries and loses nothing", data: data);
        }
    }
}
