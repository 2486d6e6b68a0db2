namespace Airspace.Discord.Transport.Wire;

/// <summary><c>GET /gateway/bot</c>.</summary>
internal sealed record GatewayBotInfo
{
    public string Url { get; init; } = "";
    public int Shards { get; init; } = 1;
    public SessionStartLimit? SessionStartLimit { get; init; }
}

internal sealed record SessionStartLimit
{
    public int Total { get; init; }
    public int Remaining { get; init; }
    /// <summary>Milliseconds until the daily budget resets.</summary>
    public long ResetAfter { get; init; }
    public int MaxConcurrency { get; init; } = 1;
}

/// <summary><c>GET /applications/@me</c> (only the id is used).</summary>
internal sealed record ApplicationInfo
{
    public string Id { get; init; } = "";
    public string? Name { get; init; }
}
