using System.Globalization;
using System.Text;
using Airspace.Core.Text;

namespace Airspace.Telegram.Rendering;

/// <summary>
/// Shortens plain text before it is escaped, so a cut can never fall inside a tag or an entity; cuts fall between
/// sentences, else between words, else between text elements (never inside a surrogate pair or an emoji sequence).
/// </summary>
internal static class TextFitting
{
    public const string Ellipsis = "…";

    /// <summary>
    /// The longest run of whole sentences from the start of <paramref name="text"/> that fits in
    /// <paramref name="max"/> characters, keeping paragraph breaks; when even the first sentence is too long, that
    /// sentence cut at a word with "…".
    /// </summary>
    public static string FitSentences(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= 0)
        {
            return "";
        }

        var fitted = new StringBuilder();
        foreach (var paragraph in text.Split('\n'))
        {
            var first = true;
            foreach (var sentence in SentenceSplitter.Split(paragraph))
            {
                var separator = fitted.Length == 0 ? "" : first ? "\n" : " ";
                if (fitted.Length + separator.Length + sentence.Length > max)
                {
                    return fitted.Length > 0 ? fitted.ToString() : CutAtWord(sentence, max);
                }

                fitted.Append(separator).Append(sentence);
                first = false;
            }
        }

        return fitted.ToString();
    }

    /// <summary>At most <paramref name="max"/> characters: cut at the last space (if not too early) or text element, then "…".</summary>
    public static string CutAtWord(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= Ellipsis.Length)
        {
            return max <= 0 ? "" : CutAtTextElement(text, max);
        }

        var limit = max - Ellipsis.Length;
        var space = text.LastIndexOfAny([' ', '\n'], limit);
        var prefix = space >= limit / 2 ? text[..space].TrimEnd() : CutAtTextElement(text, limit);
        return prefix + Ellipsis;
    }

    /// <summary>The longest prefix made of whole text elements with at most <paramref name="max"/> UTF-16 units.</summary>
    public static string CutAtTextElement(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var end = 0;
        while (end < text.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(text, end);
            if (next > max)
            {
                break;
            }

            end = next;
        }

        return text[..end];
    }
}
