namespace Airspace.Core.Text;

/// <summary>Makes a headline for articles that arrive without one (airspace-review.com plain-text exports).</summary>
public static class TitleDeriver
{
    public const string Fallback = "Untitled";

    // A cut shorter than this reads like a fragment; the word-boundary cut is better then.
    private const int MinClauseLength = 40;
    private const int MinMaxLength = 20;

    // Where an Indonesian or English news sentence can stop and still read as a headline.
    private static readonly string[] ClauseBoundaries =
    [
        ", ", "; ", " – ", " — ", " - ", " di ", " pada ", " yang ", " setelah ", " untuk ", " dengan ", " on ",
        " in ", " at ", " after ", " with ",
    ];

    /// <summary>
    /// The first sentence of <paramref name="body"/> without its final period, cut at the last clause boundary
    /// (", ", " di ", " pada ", " on " …) that leaves at least 40 characters when it is longer than
    /// <paramref name="maxLength"/>, else at a word boundary with "…". "Untitled" when the body has no words.
    /// </summary>
    public static string Derive(string body, int maxLength = 110)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, MinMaxLength);

        var sentence = SentenceSplitter.First(body);
        if (sentence is null)
        {
            return Fallback;
        }

        var title = sentence.ReplaceLineEndings(" ");
        if (title.EndsWith('.') && !title.EndsWith("..", StringComparison.Ordinal))
        {
            title = title[..^1].TrimEnd();
        }

        if (title.Length <= maxLength)
        {
            return title;
        }

        return TextTruncation.CutAtClause(title, maxLength, MinClauseLength, ClauseBoundaries)
            ?? TextTruncation.CutAtWord(title, maxLength);
    }
}
