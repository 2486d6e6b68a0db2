using System.Globalization;

namespace Airspace.Core.Commands;

/// <summary>
/// The stored summary of an article given by id (<c>751</c>, <c>#751</c>) or URL. A URL the archive does not hold is
/// fetched and summarised on the spot when a fetcher is configured (it is not stored or posted).
/// </summary>
public sealed class SummaryCommand(IArticleStore articles, ArticleNormalizer normalizer, IArticleFetcher? fetcher = null) : IChatCommand
{
    /// <summary>This command's declaration, for front ends built before any service exists (the CLI).</summary>
    public static CommandDeclaration Definition { get; } = new()
    {
        Name = "summary",
        Description = new("summary.description", "The summary of one article"),
        Parameters =
        [
            new CommandParameter
            {
                Name = "article",
                Type = ParameterType.Text,
                Description = new("summary.article", "An article id (from /latest or /search) or an http(s) URL"),
                Placeholder = "article id or URL",
                Required = true,
                Autocomplete = true,
                MaxLength = 500,
            },
        ],
        UsageError = new("summary.usage", "Usage: /summary <article id or URL> — ids are shown in /latest and /search results."),
    };

    public CommandDeclaration Declaration => Definition;

    public async Task<Reply> ExecuteAsync(CommandContext context, CommandArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var reference = arguments.Text("article") ?? "";

        if (long.TryParse(reference.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            var byId = await articles.GetAsync(new ArticleId(id), ct).ConfigureAwait(false);
            return byId is null ? Reply.Error(ChatText.Format("summary.noArticle", id)) : Found(byId);
        }

        if (!Uri.TryCreate(reference, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return Reply.Error(ChatText.Get("summary.badReference"));
        }

        var stored = await articles.FindByUrlAsync(url.AbsoluteUri, ct).ConfigureAwait(false);
        if (stored is not null)
        {
            return Found(stored);
        }

        if (fetcher is null)
        {
            return Reply.Error(ChatText.Get("summary.notArchived"));
        }

        var fetched = await fetcher.FetchAsync(url, ct).ConfigureAwait(false);
        if (fetched.Draft is null)
        {
            return Reply.Error(ChatText.Format("summary.fetchFailed", fetched.Error));
        }

        var article = await normalizer.NormalizeAsync(fetched.Draft, ct).ConfigureAwait(false);
        return article is null
            ? Reply.Error(ChatText.Get("summary.noText"))
            : new Reply
            {
                Text = ChatText.Get("summary.fresh"),
                Articles =
                [
                    new ReplyArticle { Id = null, Title = article.Title, Url = article.Url ?? url.AbsoluteUri, Source = article.Source, Published = article.Published, Summary = article.Summary },
                ],
            };
    }

    private static Reply Found(Article article) => new()
    {
        Text = ChatText.Get("summary.found"),
        Articles = [ReplyArticle.From(article, withSummary: true)],
    };
}
