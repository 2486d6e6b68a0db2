using System.Text.Json;

namespace Airspace.Discord.Transport.Wire;

/// <summary>An incoming interaction (INTERACTION_CREATE or the HTTP endpoint's body); only the fields Airspace reads.</summary>
internal sealed record Interaction
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;

    public string Id { get; init; } = "";
    public string ApplicationId { get; init; } = "";
    public int Type { get; init; }
    public string Token { get; init; } = "";
    public InteractionData? Data { get; init; }
    public string? GuildId { get; init; }
    public string? ChannelId { get; init; }
    public InteractionChannel? Channel { get; init; }
    public InteractionMember? Member { get; init; }
    public DiscordUser? User { get; init; }
    /// <summary>The bot's permissions in this channel (a decimal bitfield).</summary>
    public string? AppPermissions { get; init; }
    /// <summary>The user's language (<c>id</c>, <c>en-US</c>); sent with every interaction but PING.</summary>
    public string? Locale { get; init; }
    /// <summary>The server's preferred language, in a server.</summary>
    public string? GuildLocale { get; init; }
}

internal sealed record InteractionData
{
    public string? Name { get; init; }
    public IReadOnlyList<InteractionOption>? Options { get; init; }
    public string? CustomId { get; init; }
}

internal sealed record InteractionOption
{
    public string Name { get; init; } = "";
    public int Type { get; init; }
    public JsonElement? Value { get; init; }
    public IReadOnlyList<InteractionOption>? Options { get; init; }
    public bool? Focused { get; init; }
}

internal sealed record InteractionChannel
{
    public string? Id { get; init; }
    public int? Type { get; init; }
}

internal sealed record InteractionMember
{
    /// <summary>The member's permissions in this channel (a decimal bitfield).</summary>
    public string? Permissions { get; init; }
    public DiscordUser? User { get; init; }
}

internal sealed record DiscordUser
{
    public string Id { get; init; } = "";
    public string? Username { get; init; }
}
