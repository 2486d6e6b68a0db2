namespace Airspace.Feeds.FullText;

/// <summary>
/// Main text of an article page: SmartReader (a port of Mozilla's Readability) finds the article and drops page
/// chrome; its HTML then goes through <see cref="HtmlText"/> like every other HTML, so scripts, styles, handlers and
/// hidden junk never get through. Pages Readability cannot read fall back to the article-file HTML reader.
/// </summary>
public static class ArticlePageExtractor
{
    /// <summary>Readability walks every element; past this a page is not an article page.</summary>
    private const int MaxElements = 60_000;

    /// <summary>The article in <paramref name="html"/>, or null when the page has no article text.</summary>
    public static PageArticle? Extract(string html, Uri url)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        var limited = HtmlDepthGuard.Limit(html);
        return FromReadability(limited, url) ?? FromArticleElement(limited, url);
    }

    private static PageArticle? FromReadability(string html, Uri url)
    {
        SmartReader.Article article;
        try
        {
            var reader = new SmartReader.Reader(url.AbsoluteUri, html) { MaxElemsToParse = MaxElements, Debug = false };
            article = reader.GetArticle();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A page Readability chokes on is read the simpler way below.
            return null;
        }

        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }

        var text = HtmlText.ToText(article.Content);
        if (text.Length == 0)
        {
            return null;
        }

        return new PageArticle
        {
            Title = FeedText.Line(article.Title),
            Text = text,
            Url = url.AbsoluteUri,
            Image = FeedUrls.Resolve(article.FeaturedImage, url),
            Author = FeedText.Line(article.Author ?? article.Byline),
            Published = article.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null,
        };
    }

    private static PageArticle? FromArticleElement(string html, Uri url)
    {
        try
        {
            var draft = HtmlArticleParser.Parse("", html, url.IdnHost);
            return new PageArticle
            {
                Title = draft.Title,
                Text = draft.Text,
                Url = FeedUrls.Resolve(draft.Url, url) ?? url.AbsoluteUri,
                Image = FeedUrls.Resolve(draft.ImageUrl, url),
                Author = draft.Author,
                Published = draft.Published,
                Categories = draft.Categories,
            };
        }
        catch (ArticleFormatException)
        {
            return null;
        }
    }
}
