namespace Airspace.Core.Interactions;

/// <summary>
/// A per-user command limit: a burst of <see cref="Permits"/> commands, then one every <see cref="Window"/> /
/// <see cref="Permits"/> (a generic cell rate: <see cref="Permits"/> per <see cref="Window"/> sustained).
/// </summary>
public sealed record CommandRate(int Permits, TimeSpan Window)
{
    /// <summary>The steady spacing between commands once the burst is spent; at least 1 ms.</summary>
    public TimeSpan Interval => TimeSpan.FromMilliseconds(Math.Max(1, Math.Floor(Window.TotalMilliseconds / Permits)));

    /// <summary>The verdict for a store's count of commands refused since the last one allowed (0 when this one was).</summary>
    public static CommandVerdict VerdictOf(long refused) => refused switch
    {
        0 => CommandVerdict.Allowed,
        1 => CommandVerdict.Warn,
        _ => CommandVerdict.Ignore,
    };
}
