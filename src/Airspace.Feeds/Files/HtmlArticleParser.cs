using AngleSharp.Dom;
using Airspace.Core.Articles;

namespace Airspace.Feeds.Files;

/// <summary>A saved article page: metadata from Open Graph and friends, the body from the article element.</summary>
internal static class HtmlArticleParser
{
    public static ArticleDraft Parse(string path, string content, string defaultSource)
    {
        var document = HtmlText.Parse(content);

        var heading = Headline(document);
        var headingText = heading is null ? null : PlainText.Line(HtmlText.ToText(heading));
        var title = PlainText.Line(Meta(document, "og:title")) ?? headingText
            ?? PlainText.Line(document.QuerySelector("title")?.TextContent);

        var url = Absolute(Link(document, "canonical")) ?? Absolute(Meta(document, "og:url"))
            ?? PlainText.Line(Link(document, "canonical")) ?? PlainText.Line(Meta(document, "og:url"));

        var body = Container(document);
        RemoveTitleHeadings(body, title);
        var text = HtmlText.ToText(body);
        if (text.Length == 0)
        {
            throw new ArticleFormatException("no article text found in the page");
        }

        return new ArticleDraft
        {
            Source = HostOf(url) ?? defaultSource,
            Url = url,
            Title = title,
            Text = text,
            Published = ArticleDates.Parse(Meta(document, "article:published_time"))
                ?? ArticleDates.Parse(body.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
                ?? ArticleDates.Parse(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
                ?? ArticleFileName.DatePrefix(path),
            Updated = ArticleDates.Parse(Meta(document, "article:modified_time") ?? Meta(document, "og:updated_time")),
            Author = PlainText.Line(Meta(document, "author") ?? Meta(document, "article:author")),
            Categories = DraftValues.Categories(MetaAll(document, "article:section").Concat(MetaAll(document, "article:tag"))),
            ImageUrl = PlainText.Line(Meta(document, "og:image")),
            Language = DraftValues.Language(document.DocumentElement?.GetAttribute("lang")),
        };
    }

    /// <summary>The article's h1, else the main content's, else the first one that is not page chrome.</summary>
    private static IElement? Headline(IDocument document) =>
        document.QuerySelector("article h1") ?? document.QuerySelector("main h1")
        ?? document.QuerySelectorAll("h1").FirstOrDefault(h => !h.Ancestors<IElement>().Prepend(h)
            .Any(e => HtmlText.IsHidden(e) || HtmlText.RemovedElements.Contains(e.LocalName)));

    /// <summary>The element holding the article: the largest &lt;article&gt;, else &lt;main&gt;, else the body.</summary>
    private static IElement Container(IDocument document)
    {
        var article = document.QuerySelectorAll("article")
            .Where(a => !a.Ancestors<IElement>().Any(HtmlText.IsHidden))
            .MaxBy(a => a.TextContent.Length);
        return article ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
    }

    /// <summary>The headline is the title, not body text; og:title may carry a " – Site" suffix the h1 lacks.</summary>
    private static void RemoveTitleHeadings(IElement body, string? title)
    {
        if (title is null)
        {
            return;
        }

        foreach (var h1 in body.QuerySelectorAll("h1").ToList())
        {
            var text = PlainText.Line(HtmlText.ToText(h1));
            if (text is not null && title.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            {
                h1.Remove();
            }
        }
    }

    /// <summary>A meta value by <c>property</c> or <c>name</c> (sites use either for Open Graph keys).</summary>
    private static string? Meta(IDocument document, string key) =>
        MetaAll(document, key).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static IEnumerable<string> MetaAll(IDocument document, string key) =>
        document.GetElementsByTagName("meta")
            .Where(m => string.Equals(m.GetAttribute("property")?.Trim(), key, StringComparison.OrdinalIgnoreCase)
                || string.Equals(m.GetAttribute("name")?.Trim(), key, StringComparison.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content"))
            .OfType<string>();

    // The raw attribute, never the resolved one: relative URLs stay as the file wrote them.
    private static string? Link(IDocument document, string rel) =>
        document.GetElementsByTagName("link")
            .FirstOrDefault(l => (l.GetAttribute("rel") ?? "")
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Contains(rel, StringComparer.OrdinalIgnoreCase))
            ?.GetAttribute("href");

    private static string? Absolute(string? url)
    {
        var line = PlainText.Line(url);
        return line is not null && Uri.TryCreate(line, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? line
            : null;
    }

    private static string? HostOf(string? url)
    {
        if (Absolute(url) is not { } absolute)
        {
            return null;
        }

        var host = new Uri(absolute).Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
