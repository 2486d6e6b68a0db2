using System.Text;

namespace Airspace.Feeds.Files;

/// <summary>The shape every draft text takes: trimmed lines, one paragraph each, no blank lines.</summary>
internal static class PlainText
{
    public static string Normalize(string text) => string.Join('\n', Paragraphs(text));

    public static IEnumerable<string> Paragraphs(string text)
    {
        var line = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                if (line.Length > 0)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            else if (char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                // Stray control and zero-width characters are noise in prose.
            }
            else
            {
                if (pendingSpace && line.Length > 0)
                {
                    line.Append(' ');
                }

                pendingSpace = false;
                line.Append(c);
            }
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>A one-line value (title, author): whitespace collapsed, null when blank.</summary>
    public static string? Line(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var joined = string.Join(' ', Paragraphs(value));
        return joined.Length == 0 ? null : joined;
    }
}
