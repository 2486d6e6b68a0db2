using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Airspace.Feeds.Discovery;

/// <summary>
/// What a web page advertises: the WordPress REST API root (<c>Link: &lt;…/wp-json/&gt;; rel="https://api.w.org/"</c>
/// header or the same <c>&lt;link&gt;</c> tag) and its feeds (<c>&lt;link rel="alternate" type="application/rss+xml"&gt;</c>,
/// Atom, JSON Feed), as absolute http(s) URLs in document order.
/// </summary>
internal sealed partial record HomePageLinks
{
    public const string WordPressRel = "https://api.w.org/";

    private static readonly string[] FeedTypes =
        ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml", "application/json"];

    /// <summary>The WordPress REST API root and where it was advertised ("Link header" or "link tag"), if any.</summary>
    public (Uri Root, string Where)? WordPress { get; init; }

    /// <summary>Alternate feed links with their media type, in document order.</summary>
    public IReadOnlyList<(Uri Url, string Type)> Feeds { get; init; } = [];

    public static HomePageLinks Read(string html, Uri page, IEnumerable<string> linkHeaders)
    {
        var document = new HtmlParser().ParseDocument(HtmlDepthGuard.Limit(html));
        var baseUri = Resolve(document.QuerySelector("base[href]")?.GetAttribute("href"), page) ?? page;
        (Uri, string)? wordPress = null;
        foreach (var header in linkHeaders)
        {
            foreach (Match match in LinkHeader().Matches(header))
            {
                if (HasRel(match.Groups["rel"].Value, WordPressRel) && Resolve(match.Groups["url"].Value, page) is { } root)
                {
                    wordPress ??= (root, "Link header");
                }
            }
        }

        var feeds = new List<(Uri, string)>();
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel") ?? "";
            var href = Resolve(link.GetAttribute("href"), baseUri);
            if (href is null)
            {
                continue;
            }

            if (HasRel(rel, WordPressRel))
            {
                wordPress ??= (href, "link tag");
            }
            else if (HasRel(rel, "alternate") && (link.GetAttribute("type") ?? "").Split(';')[0].Trim().ToLowerInvariant() is var type
                && FeedTypes.Contains(type) && !feeds.Any(f => f.Item1 == href))
            {
                feeds.Add((href, type));
            }
        }

        return new HomePageLinks { WordPress = wordPress, Feeds = feeds };
    }

    private static bool HasRel(string rel, string wanted) =>
        rel.Trim('"', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(r => string.Equals(r.Trim('"'), wanted, StringComparison.OrdinalIgnoreCase));

    private static Uri? Resolve(string? href, Uri baseUri) =>
        FeedUrls.Resolve(href, baseUri) is { } text && Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;

    /// <summary>One link of a Link header: <c>&lt;url&gt;; rel="…"</c> (other parameters ignored).</summary>
    [GeneratedRegex(@"<(?<url>[^>]*)>[^,<]*?\brel\s*=\s*(?<rel>""[^""]*""|[^;,\s]+)", RegexOptions.IgnoreCase)]
    private static partial Regex LinkHeader();
}
