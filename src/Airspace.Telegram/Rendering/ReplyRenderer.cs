using System.Globalization;
using System.Text;
using Airspace.Core.Commands;
using Airspace.Core.Text;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Airspace.Telegram.Rendering;

/// <summary>
/// Renders a command <see cref="Reply"/>: the text, then one numbered block per article (linked bold title, source ·
/// date · id, the snippet with its hits in bold, the summary). Everything is escaped. A reply longer than one
/// message is split between article blocks; the paging keyboard goes on the last message.
/// </summary>
internal static class ReplyRenderer
{
    public const int MaxHeader = 3000;
    public const int MaxSnippet = 600;
    public const int MaxSummary = 1200;
    private const string BlockSeparator = "\n\n";

    public static IReadOnlyList<OutgoingMessage> Render(Reply reply, InlineKeyboardMarkup? keyboard = null)
    {
        var blocks = new List<(string Html, string Plain)>();
        var header = TextCutting.CutAtWord(TelegramText.Clean(reply.Text), MaxHeader);
        if (reply.IsError)
        {
            header = "⚠️ " + header;
        }

        blocks.Add((TelegramText.Escape(header), header));
        var number = reply.Paging?.FirstNumber ?? 1;
        foreach (var article in reply.Articles)
        {
            blocks.Add(RenderArticle(article, number++));
        }

        return Pack(blocks, keyboard);
    }

    private static (string Html, string Plain) RenderArticle(ReplyArticle article, int number)
    {
        var html = new StringBuilder();
        var plain = new StringBuilder();
        var title = TextCutting.CutAtWord(TelegramText.OneLine(article.Title), AlertRenderer.MaxTitle);
        var prefix = number.ToString(CultureInfo.InvariantCulture) + ". ";
        var url = TelegramText.SafeUrl(article.Url);
        html.Append(prefix).Append("<b>");
        html.Append(url is null ? TelegramText.Escape(title) : $"<a href=\"{TelegramText.Escape(url)}\">{TelegramText.Escape(title)}</a>");
        html.Append("</b>");
        plain.Append(prefix).Append(title);

        var meta = TextCutting.CutAtWord(
            string.Join(" · ", new[] { TelegramText.OneLine(article.Source), article.Published.ToString("d MMM yyyy", CultureInfo.InvariantCulture), article.Id is { } id ? "#" + id : "" }.Where(p => p.Length > 0)),
            AlertRenderer.MaxMeta);
        html.Append('\n').Append("<i>").Append(TelegramText.Escape(meta)).Append("</i>");
        plain.Append('\n').Append(meta);

        if (article.Snippet is not null)
        {
            var (snippetHtml, snippetPlain) = Highlight(article.Snippet, MaxSnippet);
            if (snippetPlain.Length > 0)
            {
                html.Append('\n').Append(snippetHtml);
                plain.Append('\n').Append(snippetPlain);
            }
        }

        if (TextFitting.FitSentences(TelegramText.Clean(article.Summary), MaxSummary) is { Length: > 0 } summary)
        {
            html.Append('\n').Append(TelegramText.Escape(summary));
            plain.Append('\n').Append(summary);
        }

        return (html.ToString(), plain.ToString());
    }

    /// <summary>Snippet runs with hits in bold, cut (at a text element, with "…") to <paramref name="max"/> characters.</summary>
    public static (string Html, string Plain) Highlight(HighlightedText snippet, int max)
    {
        var html = new StringBuilder();
        var plain = new StringBuilder();
        foreach (var run in snippet.Runs)
        {
            var text = CollapseWhitespace(TelegramText.Sanitize(run.Text));
            if (plain.Length == 0)
            {
                text = text.TrimStart();
            }

            var room = max - TextCutting.Ellipsis.Length - plain.Length;
            var cut = text.Length > room;
            if (cut)
            {
                text = TextCutting.CutAtTextElement(text, Math.Max(0, room));
            }

            if (text.Length > 0)
            {
                html.Append(run.Highlighted ? $"<b>{TelegramText.Escape(text)}</b>" : TelegramText.Escape(text));
                plain.Append(text);
            }

            if (cut)
            {
                html.Append(TextCutting.Ellipsis);
                plain.Append(TextCutting.Ellipsis);
                break;
            }
        }

        return (html.ToString(), plain.ToString());
    }

    private static string CollapseWhitespace(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) || collapsed.Length == 0 || collapsed[^1] != ' ')
            {
                collapsed.Append(char.IsWhiteSpace(c) ? ' ' : c);
            }
        }

        return collapsed.ToString();
    }

    private static List<OutgoingMessage> Pack(List<(string Html, string Plain)> blocks, InlineKeyboardMarkup? keyboard)
    {
        var messages = new List<OutgoingMessage>();
        var html = new StringBuilder();
        var plain = new StringBuilder();
        foreach (var block in blocks)
        {
            if (plain.Length > 0 && plain.Length + BlockSeparator.Length + block.Plain.Length > TelegramLimits.MessageText)
            {
                messages.Add(new OutgoingMessage(html.ToString(), plain.ToString(), null, NoPreview));
                html.Clear();
                plain.Clear();
            }

            if (plain.Length > 0)
            {
                html.Append(BlockSeparator);
                plain.Append(BlockSeparator);
            }

            html.Append(block.Html);
            plain.Append(block.Plain);
        }

        messages.Add(new OutgoingMessage(html.ToString(), plain.ToString(), keyboard, NoPreview));
        return messages;
    }

    private static LinkPreviewOptions NoPreview => new() { IsDisabled = true };
}
