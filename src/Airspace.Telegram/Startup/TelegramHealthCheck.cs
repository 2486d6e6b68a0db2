using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Telegram.Startup;

/// <summary>Reports the Telegram adapter unhealthy once it has stopped for good (401, 409).</summary>
internal sealed class TelegramHealthCheck(TelegramHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(health.Failure is { } failure ? HealthCheckResult.Unhealthy(failure) : HealthCheckResult.Healthy());
}
