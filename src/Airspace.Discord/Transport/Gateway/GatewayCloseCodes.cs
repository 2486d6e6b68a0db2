namespace Airspace.Discord.Transport.Gateway;

internal enum GatewayCloseAction
{
    Resume,
    Identify,
    Fatal,
}

/// <summary>What each close code means for the session (opcodes-and-status-codes.mdx, "reconnect" column).</summary>
internal static class GatewayCloseCodes
{
    /// <summary>The code we close with when we want to resume: anything but 1000/1001, which end the session.</summary>
    public const int ResumableClose = 4000;

    public static GatewayCloseAction Classify(int code) => code switch
    {
        4004 or (>= 4010 and <= 4014) => GatewayCloseAction.Fatal,
        4007 or 4009 => GatewayCloseAction.Identify,
        _ => GatewayCloseAction.Resume,
    };

    /// <summary>One sentence a self-hoster can act on, for a fatal close.</summary>
    public static string FatalReason(int code) => code switch
    {
        4004 => "Discord closed the gateway with 4004 (authentication failed): Airspace:Discord:Token is not valid; reset the bot token in the Developer Portal, set it and restart.",
        4010 => "Discord closed the gateway with 4010 (invalid shard); Airspace connects as a single shard, so restart it.",
        4011 => "Discord closed the gateway with 4011 (sharding required): the bot is in too many servers for one connection, which Airspace does not support yet.",
        4012 => "Discord closed the gateway with 4012 (invalid API version); Airspace speaks gateway v10, so check Airspace:Discord:GatewayUrl.",
        4013 => "Discord closed the gateway with 4013 (invalid intents); this is a bug in Airspace, which asks only for the GUILDS intent.",
        4014 => "Discord closed the gateway with 4014 (disallowed intents); Airspace needs only the non-privileged GUILDS intent, so check the bot's settings in the Developer Portal.",
        _ => $"Discord closed the gateway with {code}, which cannot be retried.",
    };
}
