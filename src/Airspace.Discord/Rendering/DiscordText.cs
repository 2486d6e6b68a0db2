using System.Text;
using Airspace.Core.Text;

namespace Airspace.Discord.Rendering;

/// <summary>Plain text made safe for Discord markdown, and cut to a limit without breaking sentences, words or surrogate pairs.</summary>
internal static class DiscordText
{
    public const char Ellipsis = '\u2026';

    private const string MarkdownCharacters = "\\*_~`|<>[]#";

    /// <summary>Backslash-escapes markdown so article text shows as written (Discord hides the backslash).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkdownCharacters) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (MarkdownCharacters.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> (escaped when <paramref name="escape"/>) in at most <paramref name="max"/> characters:
    /// whole sentences when at least one fits, otherwise cut at a word with "…".
    /// </summary>
    public static string Fit(string text, int max, bool escape = true)
    {
        text = text.Trim();
        var whole = escape ? Escape(text) : text;
        if (whole.Length <= max)
        {
            return whole;
        }

        var kept = new StringBuilder();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var piece = escape ? Escape(sentence) : sentence;
            var separator = kept.Length == 0 ? 0 : 1;
            if (kept.Length + separator + piece.Length > max)
            {
                break;
            }

            kept.Append(separator == 0 ? "" : " ").Append(piece);
        }

        return kept.Length > 0 ? kept.ToString() : CutAtWord(whole, max);
    }

    /// <summary>A prefix ending at a space, plus "…"; a hard cut when there is no space, never inside a surrogate pair or an escape.</summary>
    public static string CutAtWord(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= 1)
        {
            return max == 1 ? Ellipsis.ToString() : "";
        }

        var limit = max - 1;
        var space = text.LastIndexOf(' ', limit, limit + 1);
        var prefix = space > limit / 2 ? text.AsSpan(0, space).TrimEnd() : text.AsSpan(0, limit);
        if (prefix.Length > 0 && char.IsHighSurrogate(prefix[^1]))
        {
            prefix = prefix[..^1];
        }

        // An odd run of trailing backslashes would escape the ellipsis' neighbour: drop one.
        var backslashes = prefix.Length - prefix.TrimEnd('\\').Length;
        if (backslashes % 2 == 1)
        {
            prefix = prefix[..^1];
        }

        return string.Concat(prefix, [Ellipsis]);
    }
}
