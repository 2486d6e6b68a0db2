using Airspace.Core.Articles;

namespace Airspace.Feeds.Files;

/// <summary>A Markdown article, optionally with YAML-style front matter carrying its metadata.</summary>
internal static class MarkdownArticleParser
{
    public static ArticleDraft Parse(string path, string content, string defaultSource)
    {
        var (meta, body) = FrontMatter.Split(content);
        var blocks = MarkdownText.ToBlocks(body);

        var title = PlainText.Line(meta?.Scalar("title"));
        // A leading "# Heading" is the title, unless front matter names one; then it is removed only as a repeat.
        if (blocks.Count > 0 && blocks[0].IsTitle
            && (title is null || string.Equals(title, blocks[0].Text, StringComparison.OrdinalIgnoreCase)))
        {
            title = blocks[0].Text;
            blocks.RemoveAt(0);
        }

        var text = string.Join('\n', blocks.Select(b => b.Text));
        if (text.Length == 0)
        {
            throw new ArticleFormatException("no article text (the Markdown body is empty)");
        }

        return new ArticleDraft
        {
            Source = PlainText.Line(meta?.Scalar("source")) ?? defaultSource,
            ExternalId = PlainText.Line(meta?.Scalar("id")),
            Url = PlainText.Line(meta?.Scalar("url", "link", "canonical_url")),
            Title = title,
            Text = text,
            Published = ArticleDates.Parse(meta?.Scalar("date", "published", "published_at", "pubDate"))
                ?? ArticleFileName.DatePrefix(path),
            Updated = ArticleDates.Parse(meta?.Scalar("updated", "modified", "lastmod", "last_modified_at")),
            Author = PlainText.Line(meta?.Scalar("author")),
            Categories = DraftValues.Categories(meta?.List("categories", "category", "tags") ?? []),
            ImageUrl = PlainText.Line(meta?.Scalar("image", "image_url", "cover")),
            Language = DraftValues.Language(meta?.Scalar("lang", "language")),
        };
    }
}
