using Airspace.Host.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Airspace.Host.Workers;

/// <summary>Touches <c>heartbeat</c> in the data directory; <c>airspace health</c> (the container HEALTHCHECK) checks its age.</summary>
internal sealed class HeartbeatWorker(IOptions<AirspaceOptions> options, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "heartbeat");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = PathIn(options.Value.DataDirectory);
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            Directory.CreateDirectory(options.Value.DataDirectory);
            await File.WriteAllTextAsync(path, time.GetUtcNow().ToString("O"), stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
