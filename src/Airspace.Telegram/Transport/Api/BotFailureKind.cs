namespace Airspace.Telegram.Transport.Api;

/// <summary>What a failed Bot API call means for the bot (protocols/telegram.md §3).</summary>
internal enum BotFailureKind
{
    /// <summary>429: wait retry_after, then try the same thing again.</summary>
    RateLimited,

    /// <summary>400 with migrate_to_chat_id: the group became a supergroup with a new id.</summary>
    Migrated,

    /// <summary>Blocked, kicked, deleted, chat not found, no rights, topic closed: the chat may be gone for good.</summary>
    ChatGone,

    /// <summary>The edit changes nothing: already as wanted.</summary>
    NotModified,

    /// <summary>Telegram could not parse the HTML: resend as plain text.</summary>
    ParseError,

    /// <summary>Any other 4xx about this request (bad content, message to edit not found, query too old).</summary>
    Rejected,

    /// <summary>401 (token wrong or revoked) or 404 (no such bot or method at this base URL). Fatal for the adapter.</summary>
    BadToken,

    /// <summary>409: another poller or a webhook. Fatal for polling.</summary>
    Conflict,

    /// <summary>5xx, network error, timeout, unreadable answer: back off and retry.</summary>
    Transient,
}
