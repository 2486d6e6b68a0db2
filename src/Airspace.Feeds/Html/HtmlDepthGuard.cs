using System.Text;
using System.Text.RegularExpressions;

namespace Airspace.Feeds.Html;

/// <summary>
/// Protects the HTML parser from pathological nesting. The tree builder checks element scope on most start tags,
/// which is linear in the depth of open elements, so a few megabytes of nested divs would take hours to parse.
/// Markup nested deeper than any real page is flattened first: dropped elements (script, chrome, hidden) are cut
/// out with their content, block tags become line breaks, and every other tag is removed.
/// </summary>
internal static partial class HtmlDepthGuard
{
    /// <summary>Real article pages stay well under a hundred levels; past this the structure is not worth keeping.</summary>
    internal const int MaxDepth = 512;

    // Elements whose content is raw text up to their end tag (no markup inside).
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
        "track", "wbr",
    };

    // Start tags that close an open element of their kind instead of nesting in it.
    private static readonly HashSet<string> SelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup",
        "rb", "rt", "rp", "rtc", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    // Kept verbatim so a flattened page still has its metadata and headline.
    private static readonly HashSet<string> Kept = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "meta", "link", "title", "h1", "h2", "h3", "h4", "h5", "h6",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "body", "br", "caption", "center", "dd", "details", "dir", "div", "dl",
        "dt", "fieldset", "figure", "hgroup", "hr", "legend", "li", "main", "menu", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul",
    };

    public static string Limit(string html) => EstimatedDepthExceeds(html) ? Flatten(html) : html;

    internal static bool EstimatedDepthExceeds(string html)
    {
        var depth = 0;
        foreach (var token in Tokens(html))
        {
            if (token.Kind == TokenKind.Start && !Void.Contains(token.Name) && !SelfClosing.Contains(token.Name)
                && !token.SelfClosed && ++depth > MaxDepth)
            {
                return true;
            }

            if (token.Kind == TokenKind.End && depth > 0 && !SelfClosing.Contains(token.Name))
            {
                depth--;
            }
        }

        return false;
    }

    internal static string Flatten(string html)
    {
        var output = new StringBuilder(html.Length);
        string? skipping = null;
        var skipDepth = 0;
        foreach (var token in Tokens(html))
        {
            if (skipping is not null)
            {
                if (token.Name.Equals(skipping, StringComparison.OrdinalIgnoreCase) && !token.SelfClosed
                    && !Void.Contains(token.Name))
                {
                    skipDepth += token.Kind == TokenKind.Start ? 1 : token.Kind == TokenKind.End ? -1 : 0;
                    if (skipDepth == 0)
                    {
                        skipping = null;
                    }
                }

                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.Text:
                    output.Append(html, token.Start, token.Length);
                    break;
                case TokenKind.RawElement when Kept.Contains(token.Name):
                    output.Append(html, token.Start, token.Length);
                    break;
                case TokenKind.Start or TokenKind.End when Kept.Contains(token.Name):
                    output.Append(html, token.Start, token.Length);
                    break;
                case TokenKind.Start when IsDropped(token, html):
                    if (!Void.Contains(token.Name) && !token.SelfClosed)
                    {
                        skipping = token.Name;
                        skipDepth = 1;
                    }

                    break;
                case TokenKind.Start or TokenKind.End when Blocks.Contains(token.Name):
                    output.Append("<br>");
                    break;
            }
        }

        return output.ToString();
    }

    private static bool IsDropped(Token token, string html)
    {
        // The head holds the metadata a saved page is read for; its non-text children are dropped on their own.
        if (token.Name.Equals("head", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (HtmlText.RemovedElements.Contains(token.Name))
        {
            return true;
        }

        var tag = html.AsSpan(token.Start, token.Length);
        return HiddenAttribute().IsMatch(tag) || AriaHidden().IsMatch(tag) || DisplayNone().IsMatch(tag);
    }

    /// <summary>
    /// A linear scan into text, tags, comments and raw-text elements. Deliberately simple: it only has to be
    /// good enough to measure depth and to flatten, never to build a tree.
    /// </summary>
    private static IEnumerable<Token> Tokens(string html)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                yield return new Token(TokenKind.Text, "", i, html.Length - i, false);
                yield break;
            }

            if (lt > i)
            {
                yield return new Token(TokenKind.Text, "", i, lt - i, false);
            }

            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            var next = lt + 1 < html.Length ? html[lt + 1] : '\0';
            var isTagStart = char.IsAsciiLetter(next) || next is '/' or '!' or '?';
            if (!isTagStart)
            {
                yield return new Token(TokenKind.Text, "", lt, 1, false);
                i = lt + 1;
                continue;
            }

            var match = Tag().Match(html, lt);
            if (!match.Success)
            {
                // Doctype, processing instruction or a broken tag: drop it through its end.
                var gt = html.IndexOf('>', lt + 1);
                i = gt < 0 ? html.Length : gt + 1;
                continue;
            }

            var name = match.Groups["name"].Value;
            var isEnd = match.Groups["end"].Success;
            var selfClosed = match.Value.EndsWith("/>", StringComparison.Ordinal);
            i = lt + match.Length;
            if (!isEnd && RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? html.Length : Math.Max(html.IndexOf('>', close) + 1, close + name.Length + 2);
                yield return new Token(TokenKind.RawElement, name, lt, end - lt, false);
                i = end;
                continue;
            }

            yield return new Token(isEnd ? TokenKind.End : TokenKind.Start, name, lt, match.Length, selfClosed);
        }
    }

    private enum TokenKind
    {
        Text,
        Start,
        End,
        RawElement,
    }

    private readonly record struct Token(TokenKind Kind, string Name, int Start, int Length, bool SelfClosed);

    // Attribute text may not contain '<', which bounds every failed attempt by the distance to the next '<'.
    [GeneratedRegex(@"\G<(?<end>/)?(?<name>[A-Za-z][A-Za-z0-9:-]*)(?:[^<>""']|""[^""<]*""|'[^'<]*')*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\shidden(?:[\s=/>])", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenAttribute();

    [GeneratedRegex(@"\saria-hidden\s*=\s*[""']?\s*true", RegexOptions.IgnoreCase)]
    private static partial Regex AriaHidden();

    [GeneratedRegex(@"\sstyle\s*=\s*(?:""[^""]*|'[^']*)(?:display\s*:\s*none|visibility\s*:\s*hidden)", RegexOptions.IgnoreCase)]
    private static partial Regex DisplayNone();
}
