namespace Airspace.Discord.Transport.Gateway;

/// <summary>What every connection of one gateway client shares.</summary>
internal sealed record GatewayConnectionContext(
    DiscordOptions Options,
    GatewaySession Session,
    DiscordApplication Application,
    DiscordStatus Status,
    IGatewayDispatchHandler Handler,
    IJitterSource Jitter,
    Func<CancellationToken, Task> OnIdentify,
    TimeProvider Time,
    ILogger Logger)
{
    public string Token => Options.Token ?? "";
}
