using Airspace.Core.Resilience;
using Airspace.Discord.Startup;
using Airspace.Discord.Transport.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Airspace.Discord.Commands;

/// <summary>Registers the slash commands at start-up, retrying transient failures with back-off; a refused payload is logged, not retried.</summary>
internal sealed class CommandRegistrationWorker(
    CommandRegistrar registrar,
    DiscordStatus status,
    IOptions<DiscordOptions> options,
    IJitterSource jitter,
    TimeProvider time,
    ILogger<CommandRegistrationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RegisterCommands)
        {
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, status.Halted);
        var ct = linked.Token;
        var backoff = new Backoff(options.Value.ReconnectDelay, options.Value.MaxReconnectDelay, jitter);
        var failures = 0;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var result = await registrar.RegisterAsync(ct).ConfigureAwait(false);
                if (result.IsSuccess || result.Kind is RestResultKind.ClientError or RestResultKind.Unauthorized or RestResultKind.Halted)
                {
                    if (result.Kind == RestResultKind.ClientError)
                    {
                        DiscordLog.CommandsRefused(logger, result.Describe());
                    }

                    return;
                }

                // A wait Discord asks for is waited exactly and is not a failure; anything else backs off.
                var wait = result.Kind == RestResultKind.RateLimited && result.RetryAfter is { } asked && asked > TimeSpan.Zero ? asked : backoff.Delay(++failures);
                DiscordLog.CommandsRetry(logger, result.Describe(), wait);
                await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
