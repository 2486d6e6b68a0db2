using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Discord.Startup;

/// <summary>Unhealthy once the adapter halted (fatal gateway close, rejected token); degraded while the gateway is reconnecting.</summary>
internal sealed class DiscordHealthCheck(DiscordStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            status.FatalError is { } error ? HealthCheckResult.Unhealthy("Discord adapter stopped: " + error)
            : status.GatewayConnected ? HealthCheckResult.Healthy("Discord gateway connected")
            : HealthCheckResult.Degraded("Discord gateway not connected (reconnecting)"));
}
