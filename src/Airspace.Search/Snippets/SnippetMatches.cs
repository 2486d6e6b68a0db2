using Lucene.Net.Analysis.TokenAttributes;
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

    public static List<(int Start, int End)> Find(string body, Query query, SnippetAnalyzer analyzer)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (CollectTerms(query, terms))
        {
            return Merge(FindTerms(body, terms, analyzer), body);
        }

        var formatter = new SpanRecordingFormatter();
        var highlighter = new Highlighter(formatter, new QueryScorer(query, SearchFields.Highlight))
        {
            TextFragmenter = new NullFragmenter(),
            MaxDocCharsToAnalyze = MaxCharsToAnalyze,
        };
        using (var tokens = analyzer.Highlight.GetTokenStream(SearchFields.Highlight, body))
        {
            highlighter.GetBestTextFragments(tokens, body, mergeContiguousFragments: false, maxNumFragments: 1);
        }

        return Merge(formatter.Spans.Where(s => s.End <= body.Length).OrderBy(s => s.Start).ToList(), body);
    }

    /// <summary>
    /// Fast path for queries of single words only (the common chat query): one tokenising pass over the body, each
    /// token's terms from the cache. The highlighter's span machinery (an in-memory index per body) is only needed
    /// for phrases; for plain terms it finds exactly these tokens, at several times the cost.
    /// </summary>
    private static List<(int Start, int End)> FindTerms(string body, HashSet<string> terms, SnippetAnalyzer analyzer)
    {
        var spans = new List<(int Start, int End)>();
        var text = body.Length > MaxCharsToAnalyze ? body[..MaxCharsToAnalyze] : body;
        // Tokens are looked up as spans of the term buffer: no string per token of the body.
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = analyzer.Surface.GetTokenStream(SearchFields.Highlight, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (!Matches(term.Buffer.AsSpan(0, term.Length), lookup, analyzer))
            {
                continue;
            }

            var (start, end) = (offset.StartOffset, offset.EndOffset);
            if (spans.Count > 0 && start < spans[^1].End)
            {
                // Stacked tokens (designations) overlap: one span covers them all.
                spans[^1] = (Math.Min(spans[^1].Start, start), Math.Max(spans[^1].End, end));
            }
            else if (end > start && end <= body.Length)
            {
                spans.Add((start, end));
            }
        }

        stream.End();
        spans.Sort();
        return spans;
    }

    private static bool Matches(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> terms, SnippetAnalyzer analyzer)
    {
        if (terms.Contains(word))
        {
            return true;
        }

        foreach (var stem in analyzer.Terms(word))
        {
            if (terms.Contains(stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the terms of a query made only of term queries (nested in boolean ones); false for anything else.</summary>
    private static bool CollectTerms(Query query, HashSet<string> terms)
    {
        switch (query)
        {
            case TermQuery term when term.Term.Field == SearchFields.Highlight:
                terms.Add(term.Term.Text);
                return true;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur == Occur.MUST_NOT || !CollectTerms(clause.Query, terms))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
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
