using System.Globalization;
using Airspace.Core.Articles;
using Airspace.Core.Commands;
using Airspace.Core.Search;
using Airspace.Core.Text;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace Airspace.Telegram.Commands;

/// <summary>
/// Inline mode ("@bot su-57" in any chat): matching articles, each sent as the usual alert when picked. An empty
/// query lists the latest articles. Results come in pages of <see cref="PageSize"/> through next_offset.
/// </summary>
internal sealed class InlineQueryHandler(ISearchIndex index, IArticleStore articles, TelegramClients clients, IOptions<ChatLanguageOptions> chat, ILogger<InlineQueryHandler> logger)
{
    public const int PageSize = 10;
    private const int MaxSkip = 200;
    private const int MaxDescription = 200;

    public async Task HandleAsync(InlineQuery query, CancellationToken ct)
    {
        // Results are cached for every user (is_personal false): their labels are in the bot's language.
        using var language = ChatLanguage.Use(chat.Value.Language);
        var skip = int.TryParse(query.Offset, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? Math.Clamp(offset, 0, MaxSkip) : 0;
        var text = query.Query.Trim();
        IReadOnlyList<Article> found;
        var descriptions = new Dictionary<ArticleId, string>();
        string? nextOffset = null;
        if (text.Length == 0)
        {
            found = skip == 0 ? await articles.LatestAsync(PageSize, ct).ConfigureAwait(false) : [];
        }
        else
        {
            var search = await ArchiveSearch.RunAsync(index, articles, new SearchQuery(text, skip, PageSize), ct).ConfigureAwait(false);
            found = search.Found.Select(f => f.Article).ToArray();
            foreach (var (article, snippet) in search.Found)
            {
                descriptions[article.Id] = snippet.ToString();
            }

            if (skip + PageSize < search.Results.TotalHits && skip + PageSize <= MaxSkip)
            {
                nextOffset = (skip + PageSize).ToString(CultureInfo.InvariantCulture);
            }
        }

        var items = found.Take(TelegramLimits.InlineResults).Select(a => Result(a, descriptions.GetValueOrDefault(a.Id))).ToArray();
        try
        {
            await clients.Api.AnswerInlineQuery(query.Id, items, cacheTime: 30, isPersonal: false, nextOffset: nextOffset ?? "", cancellationToken: ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            TelegramLog.QueryAnswerFailed(logger, "inline", BotFailure.From(ex, clients.Redactor).Description);
        }
    }

    private static InlineQueryResultArticle Result(Article article, string? snippet)
    {
        var alert = AlertRenderer.Render(article);
        var content = new InputTextMessageContent(alert.Html) { ParseMode = ParseMode.Html, LinkPreviewOptions = alert.Preview };
        var description = TextCutting.CutAtWord(TelegramText.OneLine(snippet is { Length: > 0 } ? snippet : article.Summary), MaxDescription);
        var title = TextCutting.CutAtWord(TelegramText.OneLine(article.Title), AlertRenderer.MaxTitle);
        return new InlineQueryResultArticle(article.Id.ToString(), title.Length > 0 ? title : ChatText.Get("alert.untitled"), content)
        {
            ReplyMarkup = alert.Keyboard,
            Url = TelegramText.SafeUrl(article.Url),
            Description = description.Length > 0 ? description : null,
            ThumbnailUrl = TelegramText.SafeUrl(article.ImageUrl),
        };
    }
}
