using System.Text;

namespace Airspace.Telegram.Rendering;

/// <summary>Text hygiene for Telegram's HTML parse mode (protocols/telegram.md §4).</summary>
internal static class TelegramText
{
    /// <summary>
    /// Article text made safe to send: line endings normalised, control characters dropped (Telegram rejects or
    /// mangles them), and lone surrogates replaced (they are not valid UTF-8, so the whole request would fail).
    /// </summary>
    public static string Clean(string? text) => Sanitize(text).Trim();

    /// <summary><see cref="Clean"/> without trimming (for runs of a larger text).</summary>
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                clean.Append('\uFFFD');
            }
            else if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    clean.Append('\n');
                }
            }
            else if (c == '\t')
            {
                clean.Append(' ');
            }
            else if (c == '\n' || !char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>One line: every run of whitespace (line breaks included) becomes one space.</summary>
    public static string OneLine(string? text) =>
        string.Join(' ', Clean(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Escapes text for HTML parse mode, in text or in an attribute: Telegram decodes only &amp;lt; &amp;gt;
    /// &amp;amp; &amp;quot; and numeric references, so these four are all that is needed.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>The URL if it is an absolute http(s) URL Telegram accepts in a link or button; null otherwise.</summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.AbsoluteUri;
    }
}
