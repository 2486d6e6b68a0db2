namespace Airspace.Telegram.Tests.Fake;

/// <summary>
/// The fake's send limits, modelled on Telegram's (about one message a second per chat with small bursts tolerated,
/// 20 a minute per group) as token buckets, and about 30 a second over all chats as a sliding log. <see cref="Scaled"/> keeps the shape but runs 20× faster for tests.
/// </summary>
public sealed record FakeLimits
{
    /// <summary>Messages per second to one chat, sustained.</summary>
    public double PerChatPerSecond { get; init; } = 1;

    /// <summary>Messages that may go to one chat at once before the per-second rate applies.</summary>
    public double PerChatBurst { get; init; } = 3;

    /// <summary>Messages per minute to one group, supergroup or channel (negative chat id), sustained and as a burst.</summary>
    public double GroupPerMinute { get; init; } = 20;

    /// <summary>Messages (sends and edits) per second over all chats of the token, counted in any one-second window.</summary>
    public int GlobalPerSecond { get; init; } = 30;

    /// <summary>How long a getUpdates call is held at most when nothing is queued (the real server holds up to 50 s).</summary>
    public TimeSpan MaxPollHold { get; init; } = TimeSpan.FromSeconds(1);

    public static FakeLimits Real { get; } = new();

    public static FakeLimits Scaled { get; } = new() { PerChatPerSecond = 20, GroupPerMinute = 20 * 20 };
}
