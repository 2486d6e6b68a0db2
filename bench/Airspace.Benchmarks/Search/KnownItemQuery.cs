using System.Text.RegularExpressions;

namespace Airspace.Benchmarks.Search;

/// <summary>
/// A known-item query as a person would type it: the first N words of a reference sentence, lower-cased, punctuation
/// dropped, stop words kept. Half A is the even-numbered articles, half B the odd ones.
/// </summary>
public sealed partial record KnownItemQuery(int Article, int Words, string Text)
{
    public static readonly int[] Lengths = [2, 3, 4];

    public bool InHalfA => Article % 2 == 0;

    public static IReadOnlyList<KnownItemQuery> All(SearchCorpus corpus)
    {
        var queries = new List<KnownItemQuery>();
        foreach (var words in Lengths)
        {
            for (var i = 0; i < corpus.Queries.Count; i++)
            {
                if (FirstWords(corpus.Queries[i], words) is { } text)
                {
                    queries.Add(new KnownItemQuery(i, words, text));
                }
            }
        }

        return queries;
    }

    /// <summary>The first <paramref name="count"/> words, or null when the sentence is shorter.</summary>
    public static string? FirstWords(string sentence, int count)
    {
        var words = Word().Matches(sentence.ToLowerInvariant()).Select(m => m.Value).Take(count).ToList();
        return words.Count < count ? null : string.Join(' ', words);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
