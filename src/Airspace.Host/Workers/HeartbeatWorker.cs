using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Airspace.Host.Workers;

/// <summary>Touches <c>heartbeat</c> in the data directory; <c>airspace health</c> (the container HEALTHCHECK) checks its age.</summary>
/// <remarks>While a health check reports Unhealthy (an adapter stopped for good), the heartbeat is not touched, so it goes stale.</remarks>
internal sealed class HeartbeatWorker(IOptions<AirspaceOptions> options, TimeProvider time, HealthCheckService health) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "heartbeat");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = PathIn(options.Value.DataDirectory);
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            if ((await health.CheckHealthAsync(stoppingToken).ConfigureAwait(false)).Status == HealthStatus.Unhealthy)
            {
                continue;
            }

            Directory.CreateDirectory(options.Value.DataDirectory);
            await File.WriteAllTextAsync(path, time.GetUtcNow().ToString("O"), stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
