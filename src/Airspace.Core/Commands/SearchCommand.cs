namespace Airspace.Core.Commands;

public sealed class SearchCommand(ISearchIndex index, IArticleStore articles, IDemoMode demo, SearchIndexBuild? build = null) : IChatCommand
{
    /// <summary>Deep paging is pointless in chat and costly for the index.</summary>
    public const int MaxPage = 50;

    private const int PageSize = ReplyPaging.ChatPageSize;

    /// <summary>The most results a command-line page may hold (<c>--limit</c>).</summary>
    public const int MaxLimit = 10;

    public const string LimitParameter = "limit";

    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new()
    {
        Name = "search",
        Description = new("search.description", "Search the archive (\"quoted phrases\", F-16, Su-57 …)"),
        Parameters =
        [
            new CommandParameter
            {
                Name = ReplyPaging.QueryParameter,
                Type = ParameterType.Text,
                Description = new("search.query", "Words, \"quoted phrases\", F-16, Su-57 …"),
                Required = true,
                Autocomplete = true,
                MaxLength = 200,
            },
            new CommandParameter
            {
                Name = ReplyPaging.PageParameter,
                Type = ParameterType.Page,
                Description = new("search.page", "Result page"),
                Positional = false,
                Minimum = 1,
                Maximum = MaxPage,
            },
            new CommandParameter
            {
                Name = LimitParameter,
                Type = ParameterType.Integer,
                Description = new("search.limit", "Results a page"),
                Positional = false,
                CommandLineOnly = true,
                Minimum = 1,
                Maximum = MaxLimit,
                Default = PageSize,
            },
        ],
        UsageError = new("search.usage", "Usage: /search <query> — for example /search Su-57 or /search \"kerja sama\"."),
    };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var text = arguments.Text(ReplyPaging.QueryParameter) ?? "";
        var page = Math.Max(1, arguments.Integer(ReplyPaging.PageParameter) ?? 1);
        var size = arguments.Integer(LimitParameter) ?? PageSize;
        // A page past the deepest one is not searched for: the first page tells how many there are.
        var skip = page <= MaxPage ? (page - 1) * size : 0;
        var query = new SearchQuery(text, skip, size) { IncludeDemo = await demo.IsActiveAsync(ct).ConfigureAwait(false) };
        var search = await ArchiveSearch.RunAsync(index, articles, query, ct).ConfigureAwait(false);
        var results = search.Results;
        var items = search.Found.Select(f => ReplyArticle.From(f.Article, f.Snippet)).ToArray();

        var quoted = text.Length > 80 ? text[..80] + "…" : text;
        var notice = results.Notice is null ? "" : "\n" + results.Notice;
        if (build is { IsBuilding: true })
        {
            // A new replica (or a deleted index) is still being built: say how far, never a bare "no articles match".
            var (indexed, total) = build.Progress;
            if (results.TotalHits == 0 || items.Length == 0)
            {
                return Reply.Info(ChatText.Format("search.noneWhileBuilding", quoted, indexed, total) + notice);
            }

            notice += "\n" + ChatText.Format("search.indexBuilding", indexed, total);
        }

        var pages = (results.TotalHits + size - 1) / size;
        var pageCount = Math.Min(MaxPage, pages);
        if (results.TotalHits > 0 && page > pageCount)
        {
            var pagesText = ChatText.Count(pageCount, "search.pages");
            var resultsText = ChatText.Count(results.TotalHits, "search.results");
            return Reply.Error(pages > MaxPage
                ? ChatText.Format("search.noPageCapped", page, quoted, pagesText, resultsText, MaxPage)
                : ChatText.Format("search.noPage", page, quoted, pagesText, resultsText));
        }

        if (results.TotalHits == 0 || items.Length == 0)
        {
            return Reply.Info(ChatText.Format("search.none", quoted) + notice);
        }

        return new Reply
        {
            Text = (pageCount > 1
                ? ChatText.Format("search.foundPaged", ChatText.Count(results.TotalHits, "search.results"), quoted, page, pageCount)
                : ChatText.Format("search.found", ChatText.Count(results.TotalHits, "search.results"), quoted)) + notice,
            Articles = items,
            Paging = new ReplyPaging(Definition.Name, text, page, pageCount) { PageSize = size, Total = results.TotalHits },
        };
    }
}
