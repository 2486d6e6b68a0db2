namespace Airspace.Discord.Transport.Wire;

/// <summary>A message body: create/edit message, interaction response data, webhook follow-up.</summary>
internal sealed record MessagePayload
{
    public const int EphemeralFlag = 64;

    public string? Content { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Always sent: ordinary messages parse every mention (even @everyone) unless told not to.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }
    public IReadOnlyList<ActionRow>? Components { get; init; }
    public int? Flags { get; init; }
}

internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new(Array.Empty<string>());
}
