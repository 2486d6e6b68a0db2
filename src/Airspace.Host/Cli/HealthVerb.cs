using System.CommandLine;

namespace Airspace.Host.Cli;

public static class HealthVerb
{
    /// <summary>Several missed heartbeats: the bot is stuck or gone.</summary>
    public static readonly TimeSpan MaxAge = HeartbeatWorker.Interval * 4;

    public static Command Create()
    {
        var command = new Command("health", "Exit 0 if a bot using this data directory is alive (its heartbeat is fresh); used by the container HEALTHCHECK.").WithExample("airspace health --data /data");
        command.SetAction(parse =>
        {
            var path = HeartbeatWorker.PathIn(AirspaceHostFactory.DataDirectory(CliServices.Configuration(parse)));
            var age = File.Exists(path) ? DateTime.UtcNow - File.GetLastWriteTimeUtc(path) : (TimeSpan?)null;
            if (age is { } a && a <= MaxAge)
            {
                Console.Out.WriteLine($"healthy: heartbeat {a.TotalSeconds:0}s ago");
                return ExitCodes.Ok;
            }

            Console.Error.WriteLine(age is null ? "unhealthy: no heartbeat (is the bot running?)" : $"unhealthy: last heartbeat {age.Value.TotalSeconds:0}s ago");
            return ExitCodes.Unhealthy;
        });
        return command;
    }
}
