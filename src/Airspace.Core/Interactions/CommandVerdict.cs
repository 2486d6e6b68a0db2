namespace Airspace.Core.Interactions;

/// <summary>What to do with a user's command under their rate limit.</summary>
public enum CommandVerdict
{
    /// <summary>Within the limit: handle it.</summary>
    Allowed,

    /// <summary>The first command over the limit: answer with one polite notice.</summary>
    Warn,

    /// <summary>Over the limit and already told: ignore it.</summary>
    Ignore,
}
