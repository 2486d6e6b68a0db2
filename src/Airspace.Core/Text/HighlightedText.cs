namespace Airspace.Core.Text;

/// <summary>A run of plain text, highlighted or not. Renderers escape and mark up runs for their platform.</summary>
public sealed record TextRun(string Text, bool Highlighted);

/// <summary>Plain text with highlighted runs (search snippets). Never contains markup.</summary>
public sealed record HighlightedText(IReadOnlyList<TextRun> Runs)
{
    public static HighlightedText Plain(string text) => new([new TextRun(text, false)]);

    /// <summary>The text without highlighting.</summary>
    public override string ToString() => string.Concat(Runs.Select(r => r.Text));
}
