using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Airspace.Feeds.Html;

/// <summary>Reduces HTML to plain text: one paragraph a line, no markup, no script, no hidden content.</summary>
public static partial class HtmlText
{
    // Content that is never article prose: executable, embedded, interactive or page chrome.
    internal static readonly HashSet<string> RemovedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
        "math", "canvas", "audio", "video", "form", "button", "input", "select", "option", "textarea", "nav",
        "header", "footer", "aside", "figcaption", "head", "title", "meta", "link", "base", "dialog",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "html", "legend", "li", "main",
        "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul", "br",
    };

    /// <summary>Converts an HTML fragment or a whole document to plain text, paragraphs separated by "\n".</summary>
    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.Length == 0)
        {
            return "";
        }

        var document = Parse(html);
        return ToText((INode?)document.Body ?? document);
    }

    /// <summary>Whether text holds tags or entities, i.e. needs <see cref="ToText(string)"/> to become plain text.</summary>
    internal static bool LooksLikeHtml(string text) => HtmlTag().IsMatch(text) || HtmlEntity().IsMatch(text);

    internal static IDocument Parse(string html) => new HtmlParser().ParseDocument(HtmlDepthGuard.Limit(html));

    /// <summary>Converts a node of an already parsed document.</summary>
    internal static string ToText(INode root)
    {
        var writer = new ParagraphWriter();

        // Iterative walk: hostile input nests elements tens of thousands deep, which would overflow a recursive one.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var name = element.LocalName;
                if (leaving)
                {
                    if (IsPre(name))
                    {
                        writer.PreDepth--;
                    }

                    if (Blocks.Contains(name))
                    {
                        writer.Break();
                    }

                    continue;
                }

                if (element != root && IsRemoved(element))
                {
                    continue;
                }

                if (Blocks.Contains(name))
                {
                    writer.Break();
                }
                else if (IsCell(name))
                {
                    writer.Space();
                }

                if (IsPre(name))
                {
                    writer.PreDepth++;
                }

                stack.Push((node, true));
                PushChildren(stack, node);
            }
            else if (node.NodeType == NodeType.Text)
            {
                writer.Append(node.TextContent);
            }
            else if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
            {
                PushChildren(stack, node);
            }
        }

        return writer.ToString();
    }

    internal static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("aria-hidden")?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = string.Concat(style.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal)
            || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    private static bool IsRemoved(IElement element) => RemovedElements.Contains(element.LocalName) || IsHidden(element);

    private static bool IsPre(string name) => name.Equals("pre", StringComparison.OrdinalIgnoreCase);

    private static bool IsCell(string name) =>
        name.Equals("td", StringComparison.OrdinalIgnoreCase) || name.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static void PushChildren(Stack<(INode Node, bool Leaving)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

    /// <summary>Collects text into trimmed, whitespace-collapsed paragraphs.</summary>
    private sealed class ParagraphWriter
    {
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _line = new();
        private bool _pendingSpace;

        public int PreDepth { get; set; }

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (PreDepth > 0 && c is '\n' or '\r' or '\u2028' or '\u2029')
                {
                    Break();
                }
                else if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                }
                else if (IsInvisible(c))
                {
                    // Zero-width and control characters carry no text and only break later matching.
                }
                else
                {
                    if (_pendingSpace && _line.Length > 0)
                    {
                        _line.Append(' ');
                    }

                    _pendingSpace = false;
                    _line.Append(c);
                }
            }
        }

        public void Space() => _pendingSpace = true;

        public void Break()
        {
            _pendingSpace = false;
            if (_line.Length == 0)
            {
                return;
            }

            if (_output.Length > 0)
            {
                _output.Append('\n');
            }

            _output.Append(_line);
            _line.Clear();
        }

        public override string ToString()
        {
            Break();
            return _output.ToString();
        }

        private static bool IsInvisible(char c) =>
            char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
    }

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex HtmlEntity();
}
