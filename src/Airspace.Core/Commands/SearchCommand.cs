using Airspace.Core.Articles;
using Airspace.Core.Search;

namespace Airspace.Core.Commands;

public sealed class SearchCommand(ISearchIndex index, IArticleStore articles, IDemoMode demo) : IChatCommand
{
    public const int PageSize = 5;

    /// <summary>Deep paging is pointless in chat and costly for the index.</summary>
    public const int MaxPage = 50;

    public string Name => "search";
    public string Usage => "<query>";
    public string Description => "Search the archive (\"quoted phrases\", F-16, Su-57 …)";

    public async Task<Reply> ExecuteAsync(CommandContext context, string arguments, CancellationToken ct)
    {
        if (arguments.Trim().Length == 0)
        {
            return Reply.Error("Usage: /search <query> — for example /search Su-57 or /search \"kerja sama\".");
        }

        var page = Math.Clamp(context.Page, 1, MaxPage);
        var query = new SearchQuery(arguments, (page - 1) * PageSize, PageSize) { IncludeDemo = await demo.IsActiveAsync(ct).ConfigureAwait(false) };
        var results = await index.SearchAsync(query, ct).ConfigureAwait(false);
        var found = await articles.GetManyAsync(results.Hits.Select(h => h.ArticleId).ToArray(), ct).ConfigureAwait(false);
        var byId = found.ToDictionary(a => a.Id);
        var items = results.Hits
            .Where(h => byId.ContainsKey(h.ArticleId))
            .Select(h => ReplyArticle.From(byId[h.ArticleId], h.Snippet))
            .ToArray();

        var quoted = arguments.Length > 80 ? arguments[..80] + "…" : arguments;
        var notice = results.Notice is null ? "" : "\n" + results.Notice;
        if (results.TotalHits == 0 || items.Length == 0)
        {
            return Reply.Info($"No articles match “{quoted}”.{notice}");
        }

        var pageCount = Math.Min(MaxPage, (results.TotalHits + PageSize - 1) / PageSize);
        return new Reply
        {
            Text = $"{results.TotalHits} result{(results.TotalHits == 1 ? "" : "s")} for “{quoted}”{(pageCount > 1 ? $" (page {page} of {pageCount})" : "")}:{notice}",
            Articles = items,
            Paging = new ReplyPaging(Name, arguments, page, pageCount),
        };
    }
}
