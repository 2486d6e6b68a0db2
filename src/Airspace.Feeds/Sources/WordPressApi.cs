using System.Globalization;
using Airspace.Core.Sources;

namespace Airspace.Feeds.Sources;

/// <summary>URLs of a WordPress site's REST API posts endpoint.</summary>
public static class WordPressApi
{
    /// <summary>
    /// The posts page: a site URL gets <c>/wp-json/wp/v2/posts</c> appended; an endpoint URL (or a
    /// <c>?rest_route=</c> one) is kept, with its own query. <c>_embed</c> brings author, featured image and terms.
    /// </summary>
    public static Uri PostsPage(Uri source, int page, int perPage, string orderBy)
    {
        ArgumentNullException.ThrowIfNull(source);
        var endpoint = source.AbsolutePath.Contains("/wp-json/", StringComparison.OrdinalIgnoreCase) || source.Query.Contains("rest_route=", StringComparison.OrdinalIgnoreCase)
            ? source
            : new Uri(new Uri(source.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"), "wp-json/wp/v2/posts");
        var query = (source == endpoint ? source.Query.TrimStart('?') : "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsOurs(p))
            .Concat(
            [
                "_embed=1",
                "per_page=" + perPage.ToString(CultureInfo.InvariantCulture),
                "page=" + page.ToString(CultureInfo.InvariantCulture),
                "orderby=" + orderBy,
                "order=desc",
            ]);
        return new UriBuilder(endpoint) { Query = string.Join('&', query) }.Uri;
    }

    /// <summary>The URL polled for a source: the feed itself, or the first posts page ordered by modification (edits surface too).</summary>
    public static Uri PollUrl(SourceDefinition source, int perPage) =>
        source.Kind == SourceKind.WordPress ? PostsPage(source.Url, 1, perPage, "modified") : source.Url;

    private static bool IsOurs(string parameter)
    {
        var name = parameter.Split('=')[0];
        return name is "_embed" or "per_page" or "page" or "orderby" or "order";
    }
}
