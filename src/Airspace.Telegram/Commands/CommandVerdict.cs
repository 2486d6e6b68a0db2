namespace Airspace.Telegram.Commands;

/// <summary>What <see cref="CommandRateLimit"/> says about one more command from a user.</summary>
internal enum CommandVerdict
{
    Allowed,

    /// <summary>Over the limit for the first time in this window: say so once.</summary>
    Warn,

    /// <summary>Over the limit and already told: stay quiet.</summary>
    Ignore,
}
