namespace Airspace.Discord.Transport.Wire;

/// <summary>The body of <c>POST /interactions/{id}/{token}/callback</c>, or of the HTTP reply in Http mode.</summary>
internal sealed record InteractionResponse(int Type, object? Data = null)
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
    public const int AutocompleteResult = 8;
}

internal sealed record AutocompleteData(IReadOnlyList<AutocompleteChoice> Choices);

internal sealed record AutocompleteChoice(string Name, string Value)
{
    /// <summary>The name in other languages, by Discord locale (registered choices only).</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
}
