using System.Globalization;

namespace Airspace.Core.Text;

/// <summary>
/// Cuts display text (titles, descriptions, categories, choices) to a platform's limit: between words, else between
/// text elements, so a cut never falls inside a surrogate pair or an emoji sequence. Adapters cut plain text before
/// they escape it and keep only their wire rules (Discord's trailing backslash).
/// </summary>
public static class TextCutting
{
    public const string Ellipsis = "…";

    /// <summary>
    /// At most <paramref name="max"/> characters: cut at the last space or line break (when it keeps at least half),
    /// else at a text element, then "…".
    /// </summary>
    public static string CutAtWord(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
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
        ArgumentNullException.ThrowIfNull(text);
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
