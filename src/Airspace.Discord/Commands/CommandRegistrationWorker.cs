using Microsoft.Extensions.Hosting;

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
        // A wait Discord asks for is waited exactly and is not a failure; other transient failures back off, until registered.
        var retry = RetryPipelines.Create<RestResult>(
            new Backoff(options.Value.ReconnectDelay, options.Value.MaxReconnectDelay, jitter),
            time,
            outcome => outcome switch
            {
                { Exception: not null } => RetryDecision.Done,
                { Result: { IsSuccess: true } or { Kind: RestResultKind.ClientError or RestResultKind.Unauthorized or RestResultKind.Halted } } => RetryDecision.Done,
                { Result: { Kind: RestResultKind.RateLimited } limited } => RetryDecision.Asked(limited.RetryAfter),
                _ => RetryDecision.Failure,
            },
            (outcome, wait, _) => DiscordLog.CommandsRetry(logger, outcome.Result!.Describe(), wait));
        try
        {
            var result = await retry.ExecuteAsync(static (registrar, token) => new ValueTask<RestResult>(registrar.RegisterAsync(token)), registrar, ct).ConfigureAwait(false);
            if (result.Kind == RestResultKind.ClientError)
            {
                DiscordLog.CommandsRefused(logger, result.Describe());
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
