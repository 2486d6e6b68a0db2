namespace Airspace.Core.Text;

/// <summary>Shortens text at a clause or word boundary instead of mid-word.</summary>
internal static class TextTruncation
{
    public const char Ellipsis = '\u2026';

    /// <summary>
    /// The longest prefix of <paramref name="text"/> ending just before one of <paramref name="boundaries"/>, at
    /// least <paramref name="minLength"/> and at most <paramref name="maxLength"/> characters long, with balanced
    /// parentheses; null when there is none.
    /// </summary>
    public static string? CutAtClause(string text, int maxLength, int minLength, IEnumerable<string> boundaries)
    {
        var best = -1;
        foreach (var boundary in boundaries)
        {
            var searchEnd = Math.Min(text.Length, maxLength + boundary.Length);
            var at = text.LastIndexOf(boundary, searchEnd - 1, searchEnd, StringComparison.Ordinal);
            while (at >= minLength)
            {
                var candidate = Trim(text.AsSpan(0, at));
                if (candidate.Length >= minLength && candidate.Length <= maxLength && at > best
                    && ParenthesesBalanced(candidate))
                {
                    best = at;
                    break;
                }

                at = at == 0 ? -1 : text.LastIndexOf(boundary, at - 1, at, StringComparison.Ordinal);
            }
        }

        return best < 0 ? null : Trim(text.AsSpan(0, best)).ToString();
    }

    /// <summary>
    /// A prefix cut at the last space that leaves room for "…", then "…"; a hard cut when there is no space. For prose
    /// the summariser and the title deriver shorten (trailing clause punctuation dropped, any space accepted); display
    /// text cut to a platform's limit uses <see cref="TextCutting.CutAtWord"/>. Kept apart because summaries are stored
    /// under the summariser's version: a different cut would change them without a new version.
    /// </summary>
    public static string CutAtWord(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var limit = maxLength - 1;
        var space = text.LastIndexOf(' ', limit, limit + 1);
        var prefix = space > 0 ? Trim(text.AsSpan(0, space)) : [];
        if (prefix.IsEmpty)
        {
            // No usable space: a hard cut, but never between the halves of a surrogate pair.
            prefix = text.AsSpan(0, char.IsLowSurrogate(text[limit]) ? limit - 1 : limit);
        }

        return string.Concat(prefix, [Ellipsis]);
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) => text.TrimEnd(" ,;:–—-(\"“");

    private static bool ParenthesesBalanced(ReadOnlySpan<char> text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
        }

        return depth == 0;
    }
}
