namespace Airspace.Discord.Transport.Gateway;

internal static class GatewayOpcodes
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;

    /// <summary>Intents: GUILDS (1 &lt;&lt; 0) only, for CHANNEL_DELETE and GUILD_CREATE/DELETE. Interactions need no intent.</summary>
    public const int Intents = 1;
}
