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

    /// <summary>
    /// Core's word cut (<see cref="TextCutting.CutAtWord"/>), with Discord's wire rule: an odd run of backslashes
    /// before the "…" would escape it, so one is dropped.
    /// </summary>
    public static string CutAtWord(string text, int max)
    {
        var cut = TextCutting.CutAtWord(text, max);
        if (ReferenceEquals(cut, text) || cut.Length == 0 || cut[^1] != Ellipsis)
        {
            return cut;
        }

        var prefix = cut.AsSpan(0, cut.Length - 1);
        var backslashes = prefix.Length - prefix.TrimEnd('\\').Length;
        return backslashes % 2 == 1 ? string.Concat(prefix[..^1], [Ellipsis]) : cut;
    }
}
