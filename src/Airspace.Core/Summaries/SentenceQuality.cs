using System.Text.RegularExpressions;

namespace Airspace.Core.Summaries;

internal enum SentenceUse
{
    /// <summary>A normal sentence of the article.</summary>
    Good,

    /// <summary>Weak (short, all caps, a question, an attribution): used only when nothing better is left.</summary>
    Weak,

    /// <summary>Never part of a summary: links, photo credits, URLs, no words.</summary>
    Never,
}

/// <summary>Sorts out sentences that do not belong in a summary.</summary>
internal static partial class SentenceQuality
{
    // Attribution fragments left over after a quote: "kata dia.", "ujarnya.", "" ucap Zulkifli.".
    private const int MaxAttributionLength = 80;

    // Junk: sentences shorter than this, or with fewer words, are used only when nothing else is left.
    private const int MinSentenceLength = 25;
    private const int MinSentenceWords = 4;

    public static SentenceUse Classify(string sentence)
    {
        if (BoilerplatePatterns.RelatedLink().IsMatch(sentence)
            || BoilerplatePatterns.PhotoCredit().IsMatch(sentence)
            || BoilerplatePatterns.InlinePhotoCredit().IsMatch(sentence))
        {
            return SentenceUse.Never;
        }

        var (letters, lowercase) = CountLettersOutsideUrls(sentence);
        if (letters < 3)
        {
            return SentenceUse.Never;
        }

        var trimmed = sentence.TrimEnd();
        if (sentence.Length < MinSentenceLength
            || Words.Tokenize(sentence, MinSentenceWords).Count
                < MinSentenceWords
            || lowercase == 0
            || trimmed.EndsWith('?')
            || trimmed.EndsWith(':')
            || (sentence.Length <= MaxAttributionLength && Attribution().IsMatch(sentence)))
        {
            return SentenceUse.Weak;
        }

        return SentenceUse.Good;
    }

    public static bool StartsWithQuote(string sentence) =>
        sentence.Length > 0 && sentence[0] is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\'' or '\u2018';

    /// <summary>Whether the sentence holds a quotation mark anywhere (straight or curly double quotes).</summary>
    public static bool ContainsQuote(string sentence) => sentence.AsSpan().IndexOfAny("\"\u201C\u201D\u201E") >= 0;

    /// <summary>Letters (and lowercase letters) in the words that are not URLs, e-mail addresses or domains.</summary>
    private static (int Letters, int Lowercase) CountLettersOutsideUrls(string sentence)
    {
        var letters = 0;
        var lowercase = 0;
        foreach (var range in sentence.AsSpan().SplitAny(" \t"))
        {
            var word = sentence.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (IsUrlLike(word))
            {
                continue;
            }

            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsLower(c))
                    {
                        lowercase++;
                    }
                }
            }
        }

        return (letters, lowercase);
    }

    private static bool IsUrlLike(ReadOnlySpan<char> word)
    {
        if (word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "airspace-review.com", "nama@contoh.id": a period or @ with a letter on both sides.
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] is '.' or '@' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"^[\s""“”'’,.–—-]*(?:kata|ujar|ucap|tutur|jelas|tegas|imbuh|tambah|lanjut|pungkas|papar|terang|sebut|tukas|kilah|said|says|told|added)\w*\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();
}
