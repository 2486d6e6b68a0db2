using System.Globalization;
using System.Text;

namespace Airspace.Telegram.Tests.Fake;

/// <summary>A message entity as the fake parsed it (offsets in UTF-16 units, like the Bot API's).</summary>
public sealed record FakeEntity(string Type, int Offset, int Length, string? Url = null);

/// <summary>
/// Telegram's HTML parse mode, strict like tdlib's parse_html: only the whitelisted tags, balanced, attributes
/// checked; only &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric references decoded; any violation is
/// 400 "can't parse entities".
/// </summary>
public static class FakeHtml
{
    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["b"] = "bold", ["strong"] = "bold", ["i"] = "italic", ["em"] = "italic", ["u"] = "underline", ["ins"] = "underline",
        ["s"] = "strikethrough", ["strike"] = "strikethrough", ["del"] = "strikethrough", ["tg-spoiler"] = "spoiler",
        ["span"] = "spoiler", ["a"] = "text_link", ["code"] = "code", ["pre"] = "pre", ["blockquote"] = "blockquote",
        ["tg-emoji"] = "custom_emoji",
    };

    public static (string Text, IReadOnlyList<FakeEntity> Entities) Parse(string html)
    {
        var text = new StringBuilder();
        var entities = new List<FakeEntity>();
        var open = new Stack<(string Name, int Start, string? Url)>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                i = DecodeEntity(html, i, text);
            }
            else if (c != '<')
            {
                text.Append(c);
                i++;
            }
            else if (i + 1 < html.Length && html[i + 1] == '/')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    throw Error($"Unclosed end tag at byte offset {ByteOffset(html, i)}");
                }

                var name = html[(i + 2)..end].Trim().ToLowerInvariant();
                if (open.Count == 0)
                {
                    throw Error($"Unexpected end tag at byte offset {ByteOffset(html, i)}");
                }

                var top = open.Pop();
                if (top.Name != name)
                {
                    throw Error($"Unmatched end tag at byte offset {ByteOffset(html, i)}, expected \"</{top.Name}>\", found \"</{name}>\"");
                }

                if (text.Length > top.Start)
                {
                    entities.Add(new FakeEntity(Tags[top.Name], top.Start, text.Length - top.Start, top.Url));
                }

                i = end + 1;
            }
            else
            {
                i = StartTag(html, i, text.Length, open);
            }
        }

        if (open.Count > 0)
        {
            throw Error($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }

        entities.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return (text.ToString(), entities);
    }

    private static int StartTag(string html, int at, int textLength, Stack<(string Name, int Start, string? Url)> open)
    {
        var i = at + 1;
        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-'))
        {
            i++;
        }

        var name = html[nameStart..i].ToLowerInvariant();
        if (!Tags.ContainsKey(name))
        {
            throw Error($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, at)}");
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                throw Error($"Unclosed start tag at byte offset {ByteOffset(html, at)}");
            }

            if (html[i] == '>')
            {
                i++;
                break;
            }

            var attrStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-' || html[i] == '_'))
            {
                i++;
            }

            var attr = html[attrStart..i].ToLowerInvariant();
            if (attr.Length == 0 || i >= html.Length || html[i] != '=')
            {
                throw Error($"Expected equal sign in declaration of an attribute of the tag \"{name}\" at byte offset {ByteOffset(html, at)}");
            }

            i++;
            var value = new StringBuilder();
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html[i++];
                while (i < html.Length && html[i] != quote)
                {
                    i = html[i] == '&' ? DecodeEntity(html, i, value) : Append(html, i, value);
                }

                if (i >= html.Length)
                {
                    throw Error($"Unclosed start tag at byte offset {ByteOffset(html, at)}");
                }

                i++;
            }
            else
            {
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                {
                    i = html[i] == '&' ? DecodeEntity(html, i, value) : Append(html, i, value);
                }
            }

            attributes[attr] = value.ToString();
        }

        string? url = null;
        if (name == "a")
        {
            url = attributes.GetValueOrDefault("href");
            if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "tg"))
            {
                throw Error($"Tag \"a\" must have a valid href at byte offset {ByteOffset(html, at)}");
            }
        }
        else if (name == "span" && attributes.GetValueOrDefault("class") != "tg-spoiler")
        {
            throw Error($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, at)}");
        }
        else if (name == "tg-emoji" && !attributes.ContainsKey("emoji-id"))
        {
            throw Error($"Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {ByteOffset(html, at)}");
        }

        open.Push((name, textLength, url));
        return i;
    }

    private static int Append(string html, int i, StringBuilder into)
    {
        into.Append(html[i]);
        return i + 1;
    }

    /// <summary>Decodes one reference at <paramref name="at"/> ("&amp;"); an unknown one stays literal, as in tdlib.</summary>
    private static int DecodeEntity(string html, int at, StringBuilder into)
    {
        var semicolon = html.IndexOf(';', at);
        if (semicolon > at + 1 && semicolon - at <= 10)
        {
            var name = html[(at + 1)..semicolon];
            string? decoded = name switch
            {
                "lt" => "<",
                "gt" => ">",
                "amp" => "&",
                "quot" => "\"",
                _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase)
                    && int.TryParse(name[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) && Rune.IsValid(hex) => new Rune(hex).ToString(),
                _ when name.StartsWith('#')
                    && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var dec) && Rune.IsValid(dec) => new Rune(dec).ToString(),
                _ => null,
            };
            if (decoded is not null)
            {
                into.Append(decoded);
                return semicolon + 1;
            }
        }

        into.Append('&');
        return at + 1;
    }

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

    private static FakeApiError Error(string what) => FakeApiError.BadRequest("can't parse entities: " + what);
}
