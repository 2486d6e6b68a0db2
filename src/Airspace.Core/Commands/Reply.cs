namespace Airspace.Core.Commands;

/// <summary>
/// A platform-neutral answer to a command. <see cref="Text"/> is plain text (renderers escape it); article lists and
/// paging are structured so each platform can render links, buttons and highlights its own way.
/// </summary>
public sealed record Reply
{
    public required string Text { get; init; }
    public IReadOnlyList<ReplyArticle> Articles { get; init; } = [];
    public ReplyPaging? Paging { get; init; }
    public bool IsError { get; init; }

    public static Reply Info(string text) => new() { Text = text };

    public static Reply Error(string text) => new() { Text = text, IsError = true };
}
