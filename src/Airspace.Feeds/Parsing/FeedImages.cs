using AngleSharp.Html.Parser;

namespace Airspace.Feeds.Parsing;

/// <summary>An item's image when the feed does not name one: the first real image in its HTML.</summary>
internal static class FeedImages
{
    /// <summary>The first &lt;img&gt; with an http(s) source, resolved against <paramref name="baseUri"/>; tracking pixels skipped.</summary>
    public static string? FirstInHtml(string? html, Uri? baseUri)
    {
        if (string.IsNullOrEmpty(html) || !html.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var document = new HtmlParser().ParseDocument(HtmlDepthGuard.Limit(html));
        foreach (var img in document.QuerySelectorAll("img"))
        {
            if (IsPixel(img.GetAttribute("width")) || IsPixel(img.GetAttribute("height")))
            {
                continue;
            }

            var src = img.GetAttribute("src") ?? img.GetAttribute("data-src");
            if (FeedUrls.Resolve(src, baseUri) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && FeedUrls.IsWeb(uri))
            {
                return url;
            }
        }

        return null;
    }

    public static bool IsImageType(string? type) => type?.Trim().StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsPixel(string? size) => size is not null && int.TryParse(size.Trim(), out var n) && n <= 2;
}
