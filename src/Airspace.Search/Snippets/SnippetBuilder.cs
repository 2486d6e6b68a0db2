using Airspace.Core.Text;
using Lucene.Net.Search;

namespace Airspace.Search.Snippets;

/// <summary>
/// Cuts a ~200-character window of an article body around its best match, as plain-text runs with the matched
/// words highlighted (<see cref="SnippetMatches"/> finds them). The window starts at a paragraph or a word, holds
/// the most distinct matched words, and never cuts a match or a surrogate pair; no match gives the body's start.
/// </summary>
internal static class SnippetBuilder
{
    public const int TargetLength = 200;
    public const int MinLength = 160;
    public const int MaxLength = 220;
    private const int LeadContext = 60;
    private const string Ellipsis = "\u2026";

    public static HighlightedText Build(string body, Query? highlightQuery, SnippetAnalyzer analyzer)
    {
        if (body.Length == 0)
        {
            return new HighlightedText([]);
        }

        var spans = highlightQuery is null ? [] : SnippetMatches.Find(body, highlightQuery, analyzer);
        return spans.Count == 0 ? Lead(body) : Around(body, spans);
    }

    private static HighlightedText Around(string body, List<(int Start, int End)> spans)
    {
        var best = (Start: 0, End: 0, Score: -1);
        // Each match's words, lower-cased once (not once per window that holds it).
        var words = new string[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            words[i] = body[spans[i].Start..spans[i].End].ToLowerInvariant();
        }

        foreach (var anchor in spans)
        {
            var (start, end) = Window(body, anchor, spans);
            var inside = 0;
            var distinct = 0;
            for (var i = 0; i < spans.Count; i++)
            {
                if (spans[i].Start >= start && spans[i].End <= end)
                {
                    inside++;
                    distinct += IsFirstInside(spans, words, i, start, end) ? 1 : 0;
                }
            }

            var score = (distinct * 100) + inside;
            if (score > best.Score)
            {
                best = (start, end, score);
            }
        }

        var runs = new List<TextRun>();
        var cursor = best.Start;
        foreach (var span in spans.Where(s => s.Start >= best.Start && s.End <= best.End))
        {
            AddRun(runs, body[cursor..span.Start], highlighted: false);
            AddRun(runs, body[span.Start..span.End], highlighted: true);
            cursor = span.End;
        }

        AddRun(runs, body[cursor..best.End], highlighted: false);
        return Finish(runs, cutAtStart: best.Start > 0, cutAtEnd: best.End < body.Length);
    }

    /// <summary>Whether no earlier match inside the window has the same words as match <paramref name="i"/>.</summary>
    private static bool IsFirstInside(List<(int Start, int End)> spans, string[] words, int i, int start, int end)
    {
        for (var j = 0; j < i; j++)
        {
            if (spans[j].Start >= start && spans[j].End <= end && string.Equals(words[j], words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static (int Start, int End) Window(string body, (int Start, int End) anchor, List<(int Start, int End)> spans)
    {
        var start = Math.Max(0, anchor.Start - LeadContext);
        if (start > 0)
        {
            // Start at a paragraph if one begins just before the match, else at the next word.
            var paragraph = body.LastIndexOf('\n', anchor.Start - 1, anchor.Start - start);
            start = paragraph >= 0 ? paragraph + 1 : NextWordStart(body, start, anchor.Start);
        }

        var end = start + TargetLength;
        if (end >= body.Length)
        {
            // Near the end: pull the start back so the snippet keeps its length.
            end = body.Length;
            var earliest = Math.Max(0, body.Length - TargetLength);
            if (earliest < start)
            {
                start = earliest == 0 ? 0 : NextWordStart(body, earliest, start);
            }

            return (SafeIndex(body, start), end);
        }

        end = PreviousWordEnd(body, end, Math.Max(anchor.End, start + MinLength));
        foreach (var span in spans)
        {
            if (span.Start < end && span.End > end)
            {
                // Never cut a highlighted match in two.
                end = span.End - start <= MaxLength ? span.End : span.Start;
            }
        }

        return (SafeIndex(body, start), SafeIndex(body, Math.Max(end, anchor.End)));
    }

    private static HighlightedText Lead(string body)
    {
        if (body.Length <= MaxLength)
        {
            return Finish([new TextRun(body, false)], cutAtStart: false, cutAtEnd: false);
        }

        var end = SafeIndex(body, PreviousWordEnd(body, TargetLength, MinLength));
        return Finish([new TextRun(body[..end], false)], cutAtStart: false, cutAtEnd: true);
    }

    /// <summary>The first index at or after <paramref name="from"/> that starts a word, or <paramref name="limit"/>.</summary>
    private static int NextWordStart(string body, int from, int limit)
    {
        if (from > 0 && char.IsWhiteSpace(body[from - 1]))
        {
            return from;
        }

        for (var i = from; i < limit; i++)
        {
            if (char.IsWhiteSpace(body[i]))
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>The last whitespace at or before <paramref name="from"/> and after <paramref name="floor"/>, else a hard cut.</summary>
    private static int PreviousWordEnd(string body, int from, int floor)
    {
        for (var i = Math.Min(from, body.Length - 1); i > floor; i--)
        {
            if (char.IsWhiteSpace(body[i]))
            {
                return i;
            }
        }

        return from;
    }

    /// <summary>Moves a cut that would fall between the halves of a surrogate pair to before the pair.</summary>
    private static int SafeIndex(string body, int index) =>
        index > 0 && index < body.Length && char.IsLowSurrogate(body[index]) && char.IsHighSurrogate(body[index - 1])
            ? index - 1
            : index;

    private static void AddRun(List<TextRun> runs, string text, bool highlighted)
    {
        if (text.Length > 0)
        {
            runs.Add(new TextRun(text, highlighted));
        }
    }

    private static HighlightedText Finish(List<TextRun> runs, bool cutAtStart, bool cutAtEnd)
    {
        for (var i = 0; i < runs.Count; i++)
        {
            runs[i] = runs[i] with { Text = CollapseWhitespace(runs[i].Text) };
        }

        if (runs.Count > 0 && !runs[0].Highlighted)
        {
            runs[0] = runs[0] with { Text = runs[0].Text.TrimStart() };
        }

        if (runs.Count > 0 && !runs[^1].Highlighted)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd() };
        }

        runs.RemoveAll(r => r.Text.Length == 0);
        if (cutAtStart)
        {
            runs.Insert(0, new TextRun(Ellipsis + " ", false));
        }

        if (cutAtEnd)
        {
            runs.Add(new TextRun(" " + Ellipsis, false));
        }

        return new HighlightedText(MergeAdjacent(runs));
    }

    private static List<TextRun> MergeAdjacent(List<TextRun> runs)
    {
        var merged = new List<TextRun>();
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1].Highlighted == run.Highlighted)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }

    /// <summary>Paragraph breaks and runs of spaces become one space (snippets are one line).</summary>
    private static string CollapseWhitespace(string text)
    {
        if (text.Length > 0 && string.IsNullOrWhiteSpace(text))
        {
            return " ";
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        // Keep one edge space so words in neighbouring runs stay apart.
        if (space && builder.Length > 0)
        {
            builder.Append(' ');
        }

        return text.Length > 0 && char.IsWhiteSpace(text[0]) && builder.Length > 0 ? " " + builder : builder.ToString();
    }
}
