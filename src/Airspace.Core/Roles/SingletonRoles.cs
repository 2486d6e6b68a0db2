namespace Airspace.Core.Roles;

/// <summary>The singleton roles: each runs in exactly one process at a time (see docs/operations.md).</summary>
public static class SingletonRoles
{
    /// <summary>The planner: reads the change log and plans deliveries, advancing the <c>publisher</c> cursor.</summary>
    public const string Publisher = "publisher";

    /// <summary>The digest worker: closes due digests.</summary>
    public const string Digest = "digest";

    /// <summary>The inbox watcher (a folder of files to import).</summary>
    public const string Inbox = "inbox";

    /// <summary>Polling of every feed source (one role for all sources).</summary>
    public const string Feeds = "feeds";

    /// <summary>Telegram long polling (<c>getUpdates</c> answers 409 to a second poller).</summary>
    public const string TelegramPolling = "telegram-polling";

    /// <summary>The Discord gateway session.</summary>
    public const string DiscordGateway = "discord-gateway";

    /// <summary>
    /// The dispatch lanes of <paramref name="platform"/> (<c>dispatch:telegram</c>, <c>dispatch:discord</c>,
    /// <c>dispatch:discord-webhook</c>, <c>dispatch:console</c>): the process holding it is the only one spending the
    /// platform's rate budget.
    /// </summary>
    public static string Dispatch(string platform) => "dispatch:" + platform;
}
