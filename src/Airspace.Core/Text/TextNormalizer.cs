using System.Text;

namespace Airspace.Core.Text;

/// <summary>Cleans article text into the canonical form that is stored, hashed, split and searched.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Returns <paramref name="text"/> in NFC with "\n" line breaks, without control, zero-width and bidi
    /// characters, with every run of (non-breaking, tab, …) spaces collapsed to one space, each line trimmed,
    /// no blank lines at the start or end, and at most one blank line between paragraphs.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return string.Empty;
        }

        var cleaned = CleanCharacters(text);

        // Full NFC where ICU is available; under InvariantGlobalization this is a no-op and the Latin table
        // applied in CleanCharacters does the composition that matters for Indonesian and English text.
        cleaned = cleaned.Normalize(NormalizationForm.FormC);
        return JoinLines(cleaned);
    }

    private static string CleanCharacters(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    continue;
                case '\n' or '\u0085' or '\u2028' or '\u2029':
                    sb.Append('\n');
                    continue;
            }

            if (char.IsHighSurrogate(c))
            {
                // Keep valid pairs only: a lone surrogate is not text and breaks encoders downstream.
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            if (char.IsLowSurrogate(c) || IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                sb.Append(' ');
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (LatinComposition.IsCandidateMark(c) && sb.Length > 0
                && LatinComposition.TryCompose(sb[^1], c, out var composed))
            {
                sb[^1] = composed;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsInvisible(char c) => c switch
    {
        '\u00AD' => true,                  // soft hyphen
        '\u180E' => true,                  // Mongolian vowel separator (formerly a space)
        >= '\u200B' and <= '\u200F' => true, // zero-width space/joiners, LRM, RLM
        >= '\u202A' and <= '\u202E' => true, // bidi embeddings and overrides
        >= '\u2060' and <= '\u2064' => true, // word joiner and invisible operators
        >= '\u2066' and <= '\u2069' => true, // bidi isolates
        '\uFEFF' => true,                  // BOM / zero-width no-break space
        _ => false,
    };

    private static string JoinLines(string text)
    {
        var output = new StringBuilder(text.Length);
        var line = new StringBuilder();
        var pendingBlank = false;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            CollapseSpaces(text, lineStart, lineEnd, line);
            if (line.Length == 0)
            {
                pendingBlank = output.Length > 0;
            }
            else
            {
                if (output.Length > 0)
                {
                    output.Append(pendingBlank ? "\n\n" : "\n");
                }

                output.Append(line);
                pendingBlank = false;
            }

            lineStart = lineEnd + 1;
        }

        return output.ToString();
    }

    /// <summary>Writes text[start..end) into <paramref name="line"/> trimmed, with single spaces.</summary>
    private static void CollapseSpaces(string text, int start, int end, StringBuilder line)
    {
        line.Clear();
        var space = false;
        for (var i = start; i < end; i++)
        {
            if (text[i] == ' ')
            {
                space = line.Length > 0;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(text[i]);
        }
    }
}
