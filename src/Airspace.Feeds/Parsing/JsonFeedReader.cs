using System.Text.Json;

namespace Airspace.Feeds.Parsing;

/// <summary>JSON Feed 1.0 and 1.1 (<c>https://jsonfeed.org/version/1.1</c>).</summary>
internal static class JsonFeedReader
{
    public static ParsedFeed Read(JsonElement root, Uri? location)
    {
        var version = Str(root, "version") ?? "";
        var items = root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : default;
        var feedAuthor = AuthorName(root);
        return new ParsedFeed
        {
            Format = version.EndsWith("1.1", StringComparison.Ordinal) ? "json11" : "json10",
            Title = FeedText.Line(Str(root, "title")),
            Link = FeedUrls.Resolve(Str(root, "home_page_url"), location),
            Items = [.. items.Where(i => i.ValueKind == JsonValueKind.Object).Select(i => ReadItem(i, location, feedAuthor))],
        };
    }

    private static FeedEntry ReadItem(JsonElement item, Uri? location, string? feedAuthor)
    {
        var html = Str(item, "content_html");
        var url = FeedUrls.Resolve(Str(item, "url"), location) ?? FeedUrls.Resolve(Str(item, "external_url"), location);
        return new FeedEntry
        {
            Id = item.TryGetProperty("id", out var id) ? id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            } : null,
            Title = FeedText.Line(FeedText.FromMaybeHtml(Str(item, "title"))),
            Link = url,
            Published = FeedDates.Parse(Str(item, "date_published")),
            Updated = FeedDates.Parse(Str(item, "date_modified")),
            Author = AuthorName(item) ?? feedAuthor,
            Summary = FeedText.FromText(Str(item, "summary")),
            Content = FeedText.FromHtml(html) ?? FeedText.FromText(Str(item, "content_text")),
            Categories = item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
                ? Files.DraftValues.Categories(tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => FeedText.FromMaybeHtml(t.GetString())))
                : [],
            Image = FeedUrls.Resolve(Str(item, "image"), location) ?? FeedUrls.Resolve(Str(item, "banner_image"), location)
                ?? FeedImages.FirstInHtml(html, Uri.TryCreate(url, UriKind.Absolute, out var itemUri) ? itemUri : location),
        };
    }

    /// <summary>1.1's "authors" array, or 1.0's "author" object.</summary>
    private static string? AuthorName(JsonElement element)
    {
        if (element.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            var first = authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => FeedText.Line(Str(a, "name"))).FirstOrDefault(n => n is not null);
            if (first is not null)
            {
                return first;
            }
        }

        return element.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? FeedText.Line(Str(author, "name")) : null;
    }

    internal static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
