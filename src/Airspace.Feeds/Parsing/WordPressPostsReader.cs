using System.Globalization;
using System.Text.Json;

namespace Airspace.Feeds.Parsing;

/// <summary>
/// A page of the WordPress REST API (<c>/wp-json/wp/v2/posts?_embed</c>): full content, author, featured image and
/// category and tag names come from <c>_embedded</c>; <c>date_gmt</c>/<c>modified_gmt</c> are UTC.
/// </summary>
internal static class WordPressPostsReader
{
    public static ParsedFeed Read(JsonElement posts, Uri? location) => new()
    {
        Format = "wordpress",
        Title = null,
        Link = location is null ? null : SiteRoot(location),
        Items = [.. posts.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object).Select(p => ReadPost(p, location))],
    };

    /// <summary>Whether the array looks like WordPress posts (objects with an id and a rendered title or content).</summary>
    public static bool LooksLikePosts(JsonElement array) =>
        array.ValueKind == JsonValueKind.Array
        && array.EnumerateArray().All(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("id", out _)
            && (p.TryGetProperty("title", out _) || p.TryGetProperty("content", out _)));

    private static FeedEntry ReadPost(JsonElement post, Uri? location)
    {
        var content = Rendered(post, "content");
        if (post.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.Object
            && c.TryGetProperty("protected", out var isProtected) && isProtected.ValueKind == JsonValueKind.True)
        {
            content = null;
        }

        var link = FeedUrls.Resolve(JsonFeedReader.Str(post, "link"), location);
        var embedded = post.TryGetProperty("_embedded", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        return new FeedEntry
        {
            Id = Rendered(post, "guid") ?? (post.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number ? id.GetRawText() : null),
            Title = FeedText.Line(FeedText.FromHtml(Rendered(post, "title"))),
            Link = link,
            Published = Date(post, "date_gmt") ?? Date(post, "date"),
            Updated = Date(post, "modified_gmt") ?? Date(post, "modified"),
            Author = First(embedded, "author") is { } author ? FeedText.Line(JsonFeedReader.Str(author, "name")) : null,
            Summary = FeedText.FromHtml(Rendered(post, "excerpt")),
            Content = FeedText.FromHtml(content),
            Categories = Files.DraftValues.Categories(Terms(embedded)),
            Image = (First(embedded, "wp:featuredmedia") is { } media ? FeedUrls.Resolve(JsonFeedReader.Str(media, "source_url"), location) : null)
                ?? FeedUrls.Resolve(JsonFeedReader.Str(post, "jetpack_featured_media_url"), location)
                ?? FeedImages.FirstInHtml(content, Uri.TryCreate(link, UriKind.Absolute, out var postUri) ? postUri : location),
        };
    }

    /// <summary>Category names first, then tag names (<c>wp:term</c> is a list per taxonomy).</summary>
    private static IEnumerable<string?> Terms(JsonElement embedded)
    {
        if (embedded.ValueKind != JsonValueKind.Object || !embedded.TryGetProperty("wp:term", out var taxonomies) || taxonomies.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var terms = taxonomies.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Array)
            .SelectMany(t => t.EnumerateArray()).Where(t => t.ValueKind == JsonValueKind.Object)
            .Select(t => (Taxonomy: JsonFeedReader.Str(t, "taxonomy"), Name: FeedText.Line(FeedText.FromMaybeHtml(JsonFeedReader.Str(t, "name")))))
            .ToList();
        return terms.Where(t => t.Taxonomy == "category").Concat(terms.Where(t => t.Taxonomy != "category")).Select(t => t.Name);
    }

    private static JsonElement? First(JsonElement embedded, string name) =>
        embedded.ValueKind == JsonValueKind.Object && embedded.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            && list.GetArrayLength() > 0 && list[0].ValueKind == JsonValueKind.Object
            ? list[0]
            : null;

    private static string? Rendered(JsonElement post, string name) =>
        post.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.Object => JsonFeedReader.Str(value, "rendered"),
            JsonValueKind.String => value.GetString(),
            _ => null,
        } : null;

    private static DateTimeOffset? Date(JsonElement post, string name) => FeedDates.Parse(JsonFeedReader.Str(post, name));

    private static string SiteRoot(Uri location)
    {
        var path = location.AbsolutePath;
        var api = path.IndexOf("/wp-json/", StringComparison.OrdinalIgnoreCase);
        return new Uri(location, api >= 0 ? path[..(api + 1)] : "/").GetLeftPart(UriPartial.Path).ToString(CultureInfo.InvariantCulture);
    }
}
