namespace Airspace.Core.Text;

/// <summary>Splits normalised article text into sentences; tuned for Indonesian news, fine for English.</summary>
/// <remarks>
/// A sentence ends at ".", "?", "!" or an ellipsis (plus any closing quotes or brackets) followed by whitespace,
/// unless the next word starts with a lowercase letter ("… ujar Manturov", "Apple Inc. said"), the period belongs
/// to an abbreviation or initial ("Dr.", "Brigjen.", "B. J. Habibie", "U.S."), or the terminator lies inside a
/// quotation that closes later in the paragraph: a quoted passage stays one sentence with its attribution.
/// Periods without a following space (1.000.000, 10.30, airspace-review.com, e.g.) never split.
/// Sentences never cross a line break.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/> in order, trimmed, without empty ones.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            SplitParagraph(text[start..end].Trim(), sentences);
            start = end + 1;
        }

        return sentences;
    }

    /// <summary>The first sentence of <paramref name="text"/> that contains a letter, or null.</summary>
    internal static string? First(string text)
    {
        var start = 0;
        var sentences = new List<string>();
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            SplitParagraph(text[start..end].Trim(), sentences);
            foreach (var sentence in sentences)
            {
                if (sentence.Any(char.IsLetter))
                {
                    return sentence;
                }
            }

            sentences.Clear();
            start = end + 1;
        }

        return null;
    }

    private static void SplitParagraph(string p, List<string> sentences)
    {
        if (p.Length == 0)
        {
            return;
        }

        var quotes = QuoteSpans.Find(p);
        var quote = 0;
        var sentenceStart = 0;
        var previousStart = -1;
        var i = 0;
        while (i < p.Length)
        {
            if (!IsTerminator(p[i]))
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < p.Length && IsTerminator(p[i]))
            {
                i++;
            }

            var runEnd = i;
            var end = SkipClosers(p, runEnd);

            while (quote < quotes.Count && quotes[quote].Close < runStart)
            {
                quote++;
            }

            if (quote < quotes.Count && quotes[quote].Open < runStart && quotes[quote].Close >= end)
            {
                var close = quotes[quote].Close;
                if (!IsBlank(p, end, close))
                {
                    // Inside a quotation that goes on: the quote and its attribution stay one sentence.
                    i = end;
                    continue;
                }

                // Tokenised text puts a space before the closing quote: "… bisa. " ucap Zulkifli.
                end = SkipClosers(p, close);
            }
            else
            {
                end = SkipStrayClosingQuote(p, end);
            }

            i = end;
            if (!EndsSentence(p, sentenceStart, runStart, runEnd, end))
            {
                continue;
            }

            if (HasLetterOrDigit(p, sentenceStart, runStart))
            {
                sentences.Add(p[sentenceStart..end].Trim());
                previousStart = sentenceStart;
                sentenceStart = end;
            }
            else if (previousStart >= 0)
            {
                // A stray closing quote or "..." after a sentence belongs to that sentence.
                sentences[^1] = p[previousStart..end].Trim();
                sentenceStart = end;
            }
        }

        if (sentenceStart < p.Length)
        {
            if (HasLetterOrDigit(p, sentenceStart, p.Length) || previousStart < 0)
            {
                sentences.Add(p[sentenceStart..].Trim());
            }
            else
            {
                sentences[^1] = p[previousStart..].Trim();
            }
        }
    }

    private static bool EndsSentence(string p, int sentenceStart, int runStart, int runEnd, int end)
    {
        if (end < p.Length && !char.IsWhiteSpace(p[end]))
        {
            return false;
        }

        var next = end;
        while (next < p.Length && char.IsWhiteSpace(p[next]))
        {
            next++;
        }

        if (next == p.Length)
        {
            return true;
        }

        if (char.IsLower(p[next]))
        {
            return false;
        }

        var singlePeriod = runEnd - runStart == 1 && p[runStart] == '.' && end == runEnd;
        if (!singlePeriod)
        {
            return true;
        }

        // "1. Pertama …", "a. …": a list marker, not a sentence.
        var soFar = p.AsSpan(sentenceStart, runStart - sentenceStart).Trim();
        if (soFar.Length is > 0 and <= 3 && (IsAllDigits(soFar) || (soFar.Length == 1 && char.IsLetter(soFar[0]))))
        {
            return false;
        }

        return !Abbreviations.IsAbbreviation(TokenBefore(p, runStart));
    }

    /// <summary>
    /// A closing ” that the quote pairing could not match (the quote opened in an earlier paragraph), written with
    /// a space before it: "… menang. ” Lalu" — it ends the current sentence, it does not start the next.
    /// </summary>
    private static int SkipStrayClosingQuote(string p, int end)
    {
        var next = end;
        while (next < p.Length && char.IsWhiteSpace(p[next]))
        {
            next++;
        }

        if (next == end || next == p.Length || p[next] != '\u201D')
        {
            return end;
        }

        return next + 1 == p.Length || char.IsWhiteSpace(p[next + 1]) ? SkipClosers(p, next) : end;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> TokenBefore(string p, int index)
    {
        var start = index;
        while (start > 0 && !char.IsWhiteSpace(p[start - 1]))
        {
            start--;
        }

        var token = p.AsSpan(start, index - start);
        return token.TrimStart("(\"'[\u201C\u2018\u00AB");
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '\u2026';

    private static bool IsCloser(char c) =>
        c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB';

    private static int SkipClosers(string p, int index)
    {
        while (index < p.Length && IsCloser(p[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsBlank(string p, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(p[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLetterOrDigit(string p, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(p[i]))
            {
                return true;
            }
        }

        return false;
    }
}
