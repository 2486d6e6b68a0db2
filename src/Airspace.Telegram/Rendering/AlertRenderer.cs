using System.Globalization;
using Airspace.Core.Articles;
using Airspace.Core.Text;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Airspace.Telegram.Rendering;

/// <summary>
/// An article alert: bold title linking to the article, the summary, a source · category · date · #id line, and a "Read"
/// button. Every piece of article text is escaped; the summary is cut by whole sentences to keep the parsed text
/// within Telegram's 4096 characters. With an image, the link preview shows it.
/// </summary>
internal static class AlertRenderer
{
    public const int MaxTitle = 256;
    public const int MaxMeta = 256;
    private const string Separator = "\n\n";

    public static OutgoingMessage Render(Article article, bool edited = false)
    {
        var url = TelegramText.SafeUrl(article.Url);
        var title = TextCutting.CutAtWord(TelegramText.OneLine(article.Title) is { Length: > 0 } t ? t : ChatText.Get("alert.untitled"), MaxTitle);
        // The id ends the line whatever is cut before it: readers copy it into /summary 752.
        var id = " · #" + article.Id;
        var meta = TextCutting.CutAtWord(MetaLine(article, edited), MaxMeta - id.Length) + id;
        var budget = TelegramLimits.MessageText - title.Length - meta.Length - (2 * Separator.Length);
        var summary = TextFitting.FitSentences(TelegramText.Clean(article.Summary), budget);

        var titleHtml = url is null
            ? $"<b>{TelegramText.Escape(title)}</b>"
            : $"<b><a href=\"{TelegramText.Escape(url)}\">{TelegramText.Escape(title)}</a></b>";
        var summaryHtml = summary.Length == 0 ? "" : Separator + TelegramText.Escape(summary);
        var html = $"{titleHtml}{summaryHtml}{Separator}<i>{TelegramText.Escape(meta)}</i>";
        var plain = $"{title}{(summary.Length == 0 ? "" : Separator + summary)}{Separator}{meta}";

        var keyboard = url is null ? null : new InlineKeyboardMarkup(InlineKeyboardButton.WithUrl(ChatText.Get("alert.read"), url));
        return new OutgoingMessage(html, plain, keyboard, Preview(article));
    }

    /// <summary>The article image as a large preview; without one, no preview (the Read button carries the link).</summary>
    public static LinkPreviewOptions Preview(Article article) =>
        TelegramText.SafeUrl(article.ImageUrl) is { } image
            ? new LinkPreviewOptions { Url = image, PreferLargeMedia = true }
            : new LinkPreviewOptions { IsDisabled = true };

    private static string MetaLine(Article article, bool edited)
    {
        // One line of small print under the summary: a few short categories leave room in MaxMeta for the source
        // and the date, which a reader needs more than a fourth category or a category's tail.
        const int MaxCategories = 3, MaxCategoryLength = 40;
        var parts = new List<string> { TelegramText.OneLine(article.Source) };
        parts.AddRange(article.Categories.Select(TelegramText.OneLine).Where(c => c.Length > 0).Take(MaxCategories).Select(c => TextCutting.CutAtWord(c, MaxCategoryLength)));
        parts.Add(article.Published.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
        if (edited)
        {
            parts.Add(ChatText.Get("alert.updated"));
        }

        return string.Join(" · ", parts.Where(p => p.Length > 0));
    }
}
