namespace Airspace.Core.Commands;

/// <summary>Who asked, where: the platform adapter fills this in after its own permission checks.</summary>
public sealed record CommandContext
{
    /// <summary>The channel the command came from (and that subscribe/unsubscribe act on).</summary>
    public required ChannelAddress Channel { get; init; }

    /// <summary>Whether the caller may change this channel's subscriptions (admin / Manage Channels / operator).</summary>
    public bool CanManageSubscriptions { get; init; }

    /// <summary>The local operator (console, CLI): sees every channel's subscriptions and the sources' details.</summary>
    public bool IsOperator { get; init; }

    /// <summary>
    /// The caller's user id on the channel's platform (Telegram user id, Discord user id), checked against
    /// <see cref="OperatorsOptions"/>; null when there is no user (a channel post, the console).
    /// </summary>
    public string? UserId { get; init; }

    /// <summary>
    /// The conversation is the caller's alone (a Telegram private chat with the bot, a Discord DM): a chat operator
    /// sees the sources' details only there, never in a group where everyone would read them. The console and CLI are
    /// private by nature (<see cref="IsOperator"/>).
    /// </summary>
    public bool IsPrivate { get; init; }

    /// <summary>
    /// The language to reply in (<c>id</c>, <c>en</c>); null keeps the current chat language (adapters set it around
    /// the whole update, so their own texts and buttons match; <see cref="ChatLanguage.Use"/>).
    /// </summary>
    public string? Language { get; init; }
}
