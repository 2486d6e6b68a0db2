using Lucene.Net.Search.Highlight;

namespace Airspace.Search.Snippets;

/// <summary>
/// A highlighter "formatter" that writes no markup: it records the offsets of the token groups that matched, so
/// snippets can be cut and returned as plain-text runs.
/// </summary>
internal sealed class SpanRecordingFormatter : IFormatter
{
    public List<(int Start, int End)> Spans { get; } = [];

    public string HighlightTerm(string originalText, TokenGroup tokenGroup)
    {
        if (tokenGroup.TotalScore > 0 && tokenGroup.EndOffset > tokenGroup.StartOffset)
        {
            Spans.Add((tokenGroup.StartOffset, tokenGroup.EndOffset));
        }

        return originalText;
    }
}
