namespace Airspace.Discord.Startup;

/// <summary>The token check, run by <c>airspace run</c> before the host starts, so a bad token is one sentence and exit 4.</summary>
internal sealed class DiscordStartupService(DiscordBootstrap bootstrap) : IPlatformStartupCheck
{
    public Task CheckAsync(CancellationToken ct) => bootstrap.StartAsync(ct);
}
