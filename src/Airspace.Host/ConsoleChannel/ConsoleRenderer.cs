using System.Globalization;
using System.Text;
using Airspace.Core.Commands;
using Airspace.Core.Publishing;
using Airspace.Core.Text;

namespace Airspace.Host.ConsoleChannel;

/// <summary>Plain-text rendering of alerts and replies for a terminal, labels in the current chat language; highlights become *word*.</summary>
public static class ConsoleRenderer
{
    private const string Rule = "────────────────────────────────────────────────────────────";

    public static string RenderPost(Post post)
    {
        var article = post.Article;
        var text = new StringBuilder();
        text.AppendLine(Rule);
        text.Append(post.Kind == DeliveryKind.Edit ? "✎ " + ChatText.Get("alert.updatedTitle") + " " : "✈ ").AppendLine(article.Title);
        // The id, for /summary 752.
        text.AppendLine(MetaLine(article.Source, article.Published, article.Categories, article.Author) + " · #" + article.Id);
        text.AppendLine();
        text.AppendLine(article.Summary.Length > 0 ? article.Summary : ChatText.Get("alert.noSummary"));
        if (article.Url is not null)
        {
            text.AppendLine(article.Url);
        }

        text.AppendLine(Rule);
        return text.ToString();
    }

    public static string RenderReply(Reply reply)
    {
        var text = new StringBuilder();
        text.AppendLine(reply.IsError ? "! " + reply.Text : reply.Text);
        var number = reply.Paging?.FirstNumber ?? 1;
        foreach (var article in reply.Articles)
        {
            text.AppendLine();
            text.Append(number++.ToString(CultureInfo.InvariantCulture)).Append(". ").AppendLine(article.Title);
            text.Append("   ").AppendLine(MetaLine(article.Source, article.Published, [], null) + (article.Id is { } id ? $" · #{id}" : ""));
            if (article.Snippet is not null)
            {
                text.Append("   ").AppendLine(Highlight(article.Snippet));
            }

            if (article.Summary is not null)
            {
                text.Append("   ").AppendLine(article.Summary);
            }

            if (article.Url is not null)
            {
                text.Append("   ").AppendLine(article.Url);
            }
        }

        return text.ToString();
    }

    private static string MetaLine(string source, DateTimeOffset published, IReadOnlyList<string> categories, string? author)
    {
        var parts = new List<string> { source, published.ToString("d MMM yyyy", CultureInfo.InvariantCulture) };
        parts.AddRange(categories.Take(3));
        if (author is not null)
        {
            parts.Add(author);
        }

        return string.Join(" · ", parts);
    }

    private static string Highlight(HighlightedText snippet) =>
        string.Concat(snippet.Runs.Select(r => r.Highlighted ? $"*{r.Text}*" : r.Text));
}
