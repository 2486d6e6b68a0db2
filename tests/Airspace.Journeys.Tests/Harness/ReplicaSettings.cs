namespace Airspace.Journeys.Tests.Harness;

/// <summary>
/// How the replica journey is walked: CI scales it down (scaled limits, few articles and chats, 3 kills 5 s apart);
/// the benchmark runs issue 14's 100 articles to 50 Telegram chats and 50 Discord channels at the real limits, a kill
/// every 10 s. Telegram chats are private chats.
/// </summary>
public sealed record ReplicaSettings
{
    public int Replicas { get; init; } = 3;
    public int Articles { get; init; } = 12;
    public int TelegramChats { get; init; } = 5;
    public int DiscordChannels { get; init; } = 5;

    /// <summary>Telegram's and Discord's documented limits and the product's default pacing instead of the scaled ones.</summary>
    public bool RealLimits { get; init; }

    /// <summary>
    /// How many replicas are killed, one at a time: the first <c>Kills − 1</c> every <see cref="KillEvery"/>, the last one
    /// as soon as the last article (dropped at the end of that span) reaches its first channel, so it interrupts a fan-out.
    /// </summary>
    public int Kills { get; init; } = 3;

    public TimeSpan KillEvery { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Set explicitly so the journey does not depend on the shipped defaults.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(4);
    public TimeSpan RenewInterval { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);
    public TimeSpan HeartbeatTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>How long to wait for every pair after the last kill (a bound on waiting, not a target).</summary>
    public TimeSpan DrainBound { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The articles are dropped evenly over the kills' span, the last one at its end.</summary>
    public TimeSpan FeedSpan => KillEvery * Kills;
}
