using Airspace.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Airspace.Search.Snippets;

/// <summary>
/// Finds the matched words of a body with Lucene's highlighter, which is phrase-aware ("Su-57" only where "Su" and
/// "57" are adjacent), and returns their offsets in order, neighbours joined.
/// </summary>
internal static class SnippetMatches
{
    // Re-analysing the body costs about a millisecond per 3,000 characters, per hit. 20,000 characters is longer than
    // nearly every news article; a match only past it yields the body's start, like a title-only match.
    private const int MaxCharsToAnalyze = 20_000;

    public static List<(int Start, int End)> Find(string body, Query query, Analyzer analyzer)
    {
        var formatter = new SpanRecordingFormatter();
        var highlighter = new Highlighter(formatter, new QueryScorer(query, SearchFields.Highlight))
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = MaxCharsToAnalyze,
        };
        using (var tokens = analyzer.GetTokenStream(SearchFields.Highlight, body))
        {
            highlighter.GetBestTextFragments(tokens, body, mergeContiguousFragments: false, maxNumFragments: 1);
        }

        return Merge(formatter.Spans.Where(s => s.End <= body.Length).OrderBy(s => s.Start).ToList(), body);
    }

    /// <summary>Joins matches separated only by spaces or punctuation ("Su" "-" "57", "kerja" " " "sama").</summary>
    private static List<(int Start, int End)> Merge(List<(int Start, int End)> spans, string body)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && IsJoinable(body, merged[^1].End, span.Start))
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }

    private static bool IsJoinable(string body, int from, int to)
    {
        if (to - from > 2)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (char.IsLetterOrDigit(body[i]) || body[i] is '\n' or '\r')
            {
                return false;
            }
        }

        return true;
    }
}
