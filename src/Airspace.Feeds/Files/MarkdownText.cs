using System.Text;
using System.Text.RegularExpressions;

namespace Airspace.Feeds.Files;

/// <summary>
/// Reduces a Markdown body to plain paragraphs. Not a full CommonMark parser: it removes the markup an article
/// uses (headings, emphasis, links, images, lists, quotes, tables, inline HTML) and keeps code as text.
/// </summary>
internal static partial class MarkdownText
{
    // A safety net against pathological input; the reader reports a timeout as an unreadable file.
    private const int Timeout = 5000;

    /// <summary>A paragraph of the body; <see cref="IsTitle"/> marks a level-1 heading.</summary>
    public sealed record Block(string Text, bool IsTitle);

    public static List<Block> ToBlocks(string markdown)
    {
        var blocks = new List<Block>();
        var paragraph = new StringBuilder();
        string? fence = null;
        var inQuote = false;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                AddInline(blocks, paragraph.ToString(), isTitle: false);
                paragraph.Clear();
            }
        }

        foreach (var line in WithoutRawHtmlBlocks(markdown))
        {
            var trimmed = line.Trim();
            if (fence is not null)
            {
                if (IsFenceClose(trimmed, fence))
                {
                    fence = null;
                }
                else if (trimmed.Length > 0)
                {
                    blocks.Add(new Block(trimmed, false));
                }

                continue;
            }

            if (FenceOpen().Match(trimmed) is { Success: true } open)
            {
                Flush();
                fence = open.Groups["fence"].Value;
                continue;
            }

            if (trimmed.Length == 0 || ReferenceDefinition().IsMatch(trimmed) || TableRule().IsMatch(trimmed))
            {
                Flush();
                continue;
            }

            if (SetextH1().IsMatch(trimmed) && paragraph.Length > 0)
            {
                var text = paragraph.ToString();
                paragraph.Clear();
                AddInline(blocks, text, isTitle: true);
                continue;
            }

            if (HorizontalRule().IsMatch(trimmed))
            {
                // Also the underline of a level-2 setext heading: the heading text stays a paragraph of its own.
                Flush();
                continue;
            }

            if (Heading().Match(trimmed) is { Success: true } heading)
            {
                Flush();
                AddInline(blocks, heading.Groups["text"].Value, isTitle: heading.Groups["level"].Length == 1);
                continue;
            }

            // A quote starts a block of its own; its lines continue each other like a paragraph's.
            var isQuote = trimmed.StartsWith('>');
            if (isQuote != inQuote)
            {
                Flush();
                inQuote = isQuote;
            }

            var content = QuotePrefix().Replace(trimmed, "");
            if (ListItem().Match(content) is { Success: true } item)
            {
                Flush();
                content = item.Groups["text"].Value;
            }
            else if (content.StartsWith('|'))
            {
                Flush();
                content = string.Join(' ', content.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                paragraph.Append(content);
                Flush();
                continue;
            }

            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(content);
        }

        Flush();
        return blocks;
    }

    /// <summary>Inline markup of one paragraph reduced to text; may yield several lines when it held HTML breaks.</summary>
    internal static string Inline(string text)
    {
        text = Image().Replace(text, "");
        text = InlineLink().Replace(text, "${text}");
        text = ReferenceLink().Replace(text, "${text}");
        text = AutoLink().Replace(text, "${target}");
        text = InlineCode().Replace(text, "${code}");
        text = StrongOrStrike().Replace(text, "${text}");
        text = Emphasis().Replace(text, "${text}");
        text = StrongOrStrike().Replace(text, "${text}");
        text = Escape().Replace(text, "${char}");
        if (HtmlText.LooksLikeHtml(text))
        {
            text = HtmlText.ToText(text);
        }

        return PlainText.Normalize(text);
    }

    private static void AddInline(List<Block> blocks, string text, bool isTitle)
    {
        var first = true;
        foreach (var line in PlainText.Paragraphs(Inline(text)))
        {
            blocks.Add(new Block(line, isTitle && first));
            first = false;
        }
    }

    private static bool IsFenceClose(string trimmed, string fence) =>
        trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]);

    /// <summary>
    /// Removes raw HTML script/style-like blocks outside code fences before the line pass, because such a block
    /// may span blank lines and would otherwise leave its content behind as text.
    /// </summary>
    private static IEnumerable<string> WithoutRawHtmlBlocks(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var prose = new StringBuilder();
        string? fence = null;
        var result = new List<string>();

        void FlushProse()
        {
            var cleaned = RawHtmlBlock().Replace(HtmlComment().Replace(prose.ToString(), ""), "");
            result.AddRange(cleaned.Split('\n'));
            prose.Clear();
        }

        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (fence is null && FenceOpen().Match(trimmed) is { Success: true } open)
            {
                FlushProse();
                fence = open.Groups["fence"].Value;
                result.Add(line);
            }
            else if (fence is not null)
            {
                if (IsFenceClose(trimmed, fence))
                {
                    fence = null;
                }

                result.Add(line);
            }
            else
            {
                prose.Append(line).Append('\n');
            }
        }

        FlushProse();
        return result;
    }

    [GeneratedRegex(@"^(?<fence>`{3,}|~{3,})")]
    private static partial Regex FenceOpen();

    [GeneratedRegex(@"^(?<level>#{1,6})(?:\s+(?<text>.*?))?(?:\s+#+)?\s*$", RegexOptions.None, Timeout)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^=+$")]
    private static partial Regex SetextH1();

    [GeneratedRegex(@"^(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^(?:>\s?)+")]
    private static partial Regex QuotePrefix();

    [GeneratedRegex(@"^(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(?<text>.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\[[^\]]+\]:\s*\S+")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"!\[[^\]]*\](?:\((?:[^()\n]|\([^()\n]{0,2048}\)){0,2048}\)|\[[^\]]*\])", RegexOptions.None, Timeout)]
    private static partial Regex Image();

    [GeneratedRegex(@"\[(?<text>[^\]]*)\]\((?:[^()\n]|\([^()\n]{0,2048}\)){0,2048}\)", RegexOptions.None, Timeout)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\[(?<text>[^\]]+)\]\[[^\]]*\]")]
    private static partial Regex ReferenceLink();

    [GeneratedRegex(@"<(?<target>(?:https?|ftp|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)>", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"(?<ticks>`+)(?<code>[^`]+?)\k<ticks>", RegexOptions.None, Timeout)]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\*\*(?=[^\s*])(?<text>[^*]+?)(?<=[^\s*])\*\*|__(?=[^\s_])(?<text>[^_]+?)(?<=[^\s_])__|~~(?<text>[^~]+?)~~", RegexOptions.None, Timeout)]
    private static partial Regex StrongOrStrike();

    [GeneratedRegex(@"(?<!\*)\*(?=[^\s*])(?<text>[^*]+?)(?<=[^\s*])\*(?!\*)|(?<![\w_])_(?=[^\s_])(?<text>[^_]+?)(?<=[^\s_])_(?![\w_])", RegexOptions.None, Timeout)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\\(?<char>[\\`*_{}\[\]()#+\-.!>~|<])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"<!--.*?(?:-->|$)", RegexOptions.Singleline, Timeout)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"<(?<tag>script|style|noscript|template|iframe|object|svg|textarea)\b[^>]*>.*?(?:</\k<tag>\s*>|$)",
        RegexOptions.Singleline | RegexOptions.IgnoreCase, Timeout)]
    private static partial Regex RawHtmlBlock();
}
