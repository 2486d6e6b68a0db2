namespace Airspace.Core.Text;

/// <summary>Finds the quotations of one paragraph so the splitter keeps a quote and its attribution together.</summary>
internal static class QuoteSpans
{
    // Longer "quotes" are usually unbalanced straight quotes pairing across sentences; keeping them whole would
    // glue unrelated sentences together.
    public const int MaxProtectedLength = 600;

    /// <summary>Non-overlapping (open, close) index pairs in order; nested and unclosed quotes are ignored.</summary>
    public static List<(int Open, int Close)> Find(string paragraph)
    {
        var found = new List<(int Open, int Close)>();
        var straightOpen = -1;
        var curlyOpen = -1;
        var guillemetOpen = -1;
        for (var i = 0; i < paragraph.Length; i++)
        {
            switch (paragraph[i])
            {
                case '"':
                    if (straightOpen < 0)
                    {
                        straightOpen = i;
                    }
                    else
                    {
                        found.Add((straightOpen, i));
                        straightOpen = -1;
                    }

                    break;
                case '\u201C' or '\u201E':
                    if (curlyOpen < 0)
                    {
                        curlyOpen = i;
                    }

                    break;
                case '\u201D':
                    if (curlyOpen >= 0)
                    {
                        found.Add((curlyOpen, i));
                        curlyOpen = -1;
                    }
                    else if (LooksLikeOpener(paragraph, i))
                    {
                        // Some sites type ” for both quotes: ”Kami siap,” ujarnya.
                        curlyOpen = i;
                    }

                    break;
                case '\u00AB':
                    if (guillemetOpen < 0)
                    {
                        guillemetOpen = i;
                    }

                    break;
                case '\u00BB':
                    if (guillemetOpen >= 0)
                    {
                        found.Add((guillemetOpen, i));
                        guillemetOpen = -1;
                    }

                    break;
            }
        }

        found.Sort((a, b) => a.Open.CompareTo(b.Open));
        var spans = new List<(int Open, int Close)>(found.Count);
        foreach (var span in found)
        {
            if (span.Close - span.Open > MaxProtectedLength)
            {
                continue;
            }

            if (spans.Count > 0 && span.Open < spans[^1].Close)
            {
                continue;
            }

            spans.Add(span);
        }

        return spans;
    }

    private static bool LooksLikeOpener(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
}
