using Microsoft.Extensions.Hosting;

namespace Airspace.Discord.Startup;

/// <summary>Runs the token check while the host starts, so a bad token fails <c>airspace run</c> (exit 4) instead of a background loop.</summary>
internal sealed class DiscordStartupService(DiscordBootstrap bootstrap) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => bootstrap.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
