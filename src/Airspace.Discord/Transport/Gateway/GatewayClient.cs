namespace Airspace.Discord.Transport.Gateway;

/// <summary>
/// Keeps one gateway session alive. After a drop, op 7, a zombie, a resumable close or op 9 <c>true</c> it resumes on
/// the session's resume URL; after 4007/4009 or op 9 <c>false</c> it identifies again (op 9 after 1–5 s); a fatal
/// close (4004, 4010–4014) halts the adapter. Reconnects back off (<see cref="Backoff"/> from ReconnectDelay to
/// MaxReconnectDelay, jittered) until a connection stays up.
/// </summary>
internal sealed class GatewayClient(
    GatewaySession session,
    IdentifyBudget budget,
    IGatewayDispatchHandler handler,
    DiscordApplication application,
    DiscordStatus status,
    IJitterSource jitter,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILoggerFactory loggers)
{
    /// <summary>A connection that lived this long after READY resets the back-off.</summary>
    public static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    private readonly ILogger _logger = loggers.CreateLogger<GatewayClient>();

    /// <summary>Half of ReconnectDelay after a connection that had been up (0 failures), ReconnectDelay after the first failure, doubling.</summary>
    /// <remarks>
    /// Waited on directly, not in a <see cref="RetryPipelines"/> pipeline: a connection is not an operation that ends
    /// in a result, a stable connection resets the count mid-run (with its own half-length wait), and op 9's random
    /// 1–5 s and the fatal close codes are decisions about the next session, not retry outcomes.
    /// </remarks>
    private readonly Backoff _backoff = new(options.Value.ReconnectDelay, options.Value.MaxReconnectDelay, jitter);

    public async Task RunAsync(CancellationToken ct)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, status.Halted);
        var token = linked.Token;
        var context = new GatewayConnectionContext(options.Value, session, application, status, handler, jitter, budget.RecordAsync, time, loggers.CreateLogger<GatewayConnection>());
        var failures = 0;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var started = time.GetUtcNow();
                ConnectionEnd end;
                try
                {
                    var resume = session.CanResume;
                    var url = resume ? session.ResumeUrl! : await budget.ReserveAsync(token).ConfigureAwait(false);
                    var connection = new GatewayConnection(context);
                    await using var connectionLifetime = connection.ConfigureAwait(false);
                    end = await connection.RunAsync(WithVersion(url), resume, token).ConfigureAwait(false);
                }
                catch (Exception ex) when (!token.IsCancellationRequested && ex is not OperationCanceledException)
                {
                    end = new ConnectionEnd(ConnectionEndKind.ConnectFailed) { Detail = SecretRedactor.Describe(ex, options.Value.Token) };
                }

                status.GatewayConnected = false;
                if (end.Kind == ConnectionEndKind.Cancelled || token.IsCancellationRequested)
                {
                    return;
                }

                var action = Decide(end);
                DiscordLog.GatewayEnded(_logger, end.ToString(), action.ToString());
                if (action == GatewayCloseAction.Fatal)
                {
                    status.Halt(GatewayCloseCodes.FatalReason(end.CloseCode ?? 0));
                    return;
                }

                if (action == GatewayCloseAction.Identify)
                {
                    session.Reset();
                }

                AirspaceMetrics.GatewayReconnect("discord", action.ToString());
                failures = end.WasReady && time.GetUtcNow() - started >= StableAfter ? 0 : failures + 1;
                await Task.Delay(Delay(end, failures), time, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private GatewayCloseAction Decide(ConnectionEnd end)
    {
        var action = end.Kind switch
        {
            ConnectionEndKind.Closed => GatewayCloseCodes.Classify(end.CloseCode ?? 0),
            ConnectionEndKind.InvalidSession => end.Resumable ? GatewayCloseAction.Resume : GatewayCloseAction.Identify,
            _ => GatewayCloseAction.Resume,
        };
        return action == GatewayCloseAction.Resume && !session.CanResume ? GatewayCloseAction.Identify : action;
    }

    private TimeSpan Delay(ConnectionEnd end, int failures)
    {
        var first = options.Value.ReconnectDelay;
        if (end.Kind == ConnectionEndKind.InvalidSession && !end.Resumable)
        {
            // Discord asks for a random 1–5 s before identifying again after op 9 false (scaled by ReconnectDelay).
            return first * (1 + (4 * jitter.NextDouble()));
        }

        return _backoff.Delay(failures);
    }

    /// <summary>Gateway v10, JSON, no compression.</summary>
    private static Uri WithVersion(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
