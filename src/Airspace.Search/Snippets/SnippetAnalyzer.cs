using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Airspace.Search.Snippets;

/// <summary>
/// What snippets need to find matches in a body: the stacked highlight analyzer (for phrase queries), and for
/// word queries a cheaper route — the body is only tokenised (<see cref="Surface"/>) and each distinct word's
/// exact form and stems come from a process-wide cache filled by the highlight analyzer, one word at a time.
/// Every filter after the tokenizer works on single tokens, so a word's terms do not depend on its context.
/// </summary>
internal sealed class SnippetAnalyzer
{
    // Bounded so a flood of unique tokens (numbers, names) cannot grow it without limit; news vocabulary fits.
    private const int MaxCachedWords = 200_000;

    private readonly ConcurrentDictionary<string, string[]> cache = new(StringComparer.Ordinal);

    // The same cache looked up by a span of a token buffer, so a cached word costs no string.
    private readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    public SnippetAnalyzer(Analyzer highlight, Analyzer surface)
    {
        Highlight = highlight;
        Surface = surface;
        bySpan = cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Exact and stemmed terms at every position (phrase-aware highlighting).</summary>
    public Analyzer Highlight { get; }

    /// <summary>Lower-cased tokens (with designations joined), no stemming.</summary>
    public Analyzer Surface { get; }

    /// <summary>The terms the highlight analyzer gives <paramref name="word"/> (its exact form and stems).</summary>
    public string[] Terms(ReadOnlySpan<char> word) => bySpan.TryGetValue(word, out var terms) ? terms : Analyze(word.ToString());

    /// <inheritdoc cref="Terms(ReadOnlySpan{char})"/>
    public string[] Terms(string word) => cache.TryGetValue(word, out var terms) ? terms : Analyze(word);

    private string[] Analyze(string word)
    {
        string[] terms;

        var list = new List<string>(3);
        using (var stream = Highlight.GetTokenStream(string.Empty, word))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var value = term.ToString();
                if (!list.Contains(value))
                {
                    list.Add(value);
                }
            }

            stream.End();
        }

        terms = [.. list];
        if (cache.Count < MaxCachedWords)
        {
            cache.TryAdd(word, terms);
        }

        return terms;
    }
}
