namespace Airspace.Discord.Transport.Wire;

internal sealed record Embed
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Description { get; init; }
    /// <summary>ISO 8601.</summary>
    public string? Timestamp { get; init; }
    public int? Color { get; init; }
    public EmbedFooter? Footer { get; init; }
    public EmbedImage? Image { get; init; }
    public EmbedAuthor? Author { get; init; }
    public IReadOnlyList<EmbedField>? Fields { get; init; }
}

internal sealed record EmbedFooter(string Text);

internal sealed record EmbedImage(string Url);

internal sealed record EmbedAuthor(string Name);

internal sealed record EmbedField(string Name, string Value, bool Inline);
