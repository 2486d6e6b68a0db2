namespace Airspace.Discord.Startup;

/// <summary>
/// The adapter's shared state: whether the gateway is connected, and whether a fatal condition (token rejected,
/// disallowed intents) stopped it. Once halted, no request is sent to Discord again until the bot is restarted, except
/// channel webhook posts, which need neither the token nor the gateway.
/// </summary>
internal sealed class DiscordStatus(ILogger<DiscordStatus> logger)
{
    private readonly CancellationTokenSource _halted = new();
    private string? _fatalError;

    /// <summary>The one-sentence reason the adapter stopped, or null while it runs.</summary>
    public string? FatalError => Volatile.Read(ref _fatalError);

    public bool IsHalted => FatalError is not null;

    /// <summary>Cancelled when the adapter halts, so its loops stop.</summary>
    public CancellationToken Halted => _halted.Token;

    public bool GatewayConnected { get; set; }

    /// <summary>
    /// Stops all Discord traffic for good; the first reason wins and is logged once (unless <paramref name="announce"/>
    /// is false: the caller reports it, as the start-up check does in its exit sentence).
    /// </summary>
    public void Halt(string reason, bool announce = true)
    {
        if (Interlocked.CompareExchange(ref _fatalError, reason, null) is null)
        {
            GatewayConnected = false;
            if (announce)
            {
                DiscordLog.AdapterHalted(logger, reason);
            }

            _halted.Cancel();
        }
    }
}
