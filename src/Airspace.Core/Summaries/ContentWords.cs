namespace Airspace.Core.Summaries;

/// <summary>The words that carry meaning: lower-cased, not stop words, at least three letters or with a digit.</summary>
internal static class ContentWords
{
    private const int MinLength = 3;

    public static HashSet<string> Of(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        Words.ForEach(text, word =>
        {
            if ((word.Length >= MinLength || word.Any(char.IsDigit)) && !StopWords.Contains(word))
            {
                words.Add(word);
            }
        });
        return words;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = Shared(a, b);
        return (double)shared / (a.Count + b.Count - shared);
    }

    public static double Cosine(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : Shared(a, b) / Math.Sqrt((double)a.Count * b.Count);

    private static int Shared(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var word in small)
        {
            if (large.Contains(word))
            {
                shared++;
            }
        }

        return shared;
    }
}
