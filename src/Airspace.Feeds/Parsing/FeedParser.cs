using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Airspace.Feeds.Parsing;

/// <summary>
/// Reads any feed Airspace follows from bytes: RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1 or a WordPress
/// REST posts page. Refuses anything else, and anything hostile, with a <see cref="FeedFormatException"/> whose
/// message is one sentence.
/// </summary>
public static partial class FeedParser
{
    private const int MaxJsonDepth = 64;

    private const string HtmlPageMessage = "not a feed: this is an HTML page (give the URL of its RSS or Atom feed, or let `airspace sources add` find it)";

    /// <param name="location">Where the document came from: the base for relative links (null for a local file).</param>
    /// <param name="charset">The HTTP Content-Type charset, if any.</param>
    public static ParsedFeed Parse(ReadOnlySpan<byte> bytes, Uri? location, string? charset = null)
    {
        var text = FeedTextDecoder.Decode(bytes, charset);
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.IsEmpty)
        {
            throw new FeedFormatException("the document is empty");
        }

        if (start.Contains('\0'))
        {
            throw new FeedFormatException("binary content, not a feed (NUL characters)");
        }

        return start[0] switch
        {
            '{' or '[' => ParseJson(start.ToString(), location),
            '<' => ParseXml(text, location),
            _ => throw new FeedFormatException("not a feed: the document is neither XML nor JSON"),
        };
    }

    private static ParsedFeed ParseXml(string text, Uri? location)
    {
        if (HtmlPage().IsMatch(text))
        {
            throw new FeedFormatException(HtmlPageMessage);
        }

        var document = SafeXml.Load(text);
        var root = document.Root ?? throw new FeedFormatException("not a feed: the XML document has no root element");
        return root.Name.LocalName switch
        {
            "rss" => RssFeedReader.Read(root, location),
            "RDF" when root.Name.Namespace == FeedNamespaces.Rdf || root.Name.Namespace == XNamespace.None => RssFeedReader.Read(root, location),
            "feed" => AtomFeedReader.Read(FeedNamespaces.AsAtom(root), location),
            "html" or "HTML" => throw new FeedFormatException(HtmlPageMessage),
            _ => throw new FeedFormatException($"not a feed: the root element is <{Truncate(root.Name.LocalName)}>, not <rss>, <rdf:RDF> or <feed>"),
        };
    }

    private static ParsedFeed ParseJson(string text, Uri? location)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = MaxJsonDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new FeedFormatException("not valid JSON: " + ex.Message.Split('\n')[0].Trim(), ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && JsonFeedReader.Str(root, "version")?.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase) == true)
            {
                return JsonFeedReader.Read(root, location);
            }

            if (WordPressPostsReader.LooksLikePosts(root))
            {
                return WordPressPostsReader.Read(root, location);
            }

            if (root.ValueKind == JsonValueKind.Object && JsonFeedReader.Str(root, "code") is { } code)
            {
                throw new FeedFormatException($"the WordPress API answered with an error ({Truncate(code)}): {Truncate(FeedText.Line(FeedText.FromHtml(JsonFeedReader.Str(root, "message"))) ?? "no message")}");
            }

            throw new FeedFormatException("not a feed: JSON that is neither a JSON Feed (no jsonfeed.org version) nor a WordPress posts list");
        }
    }

    private static string Truncate(string value) => value.Length <= 80 ? value : value[..80] + "…";

    /// <summary>An HTML page (a doctype or an html root, after an optional declaration and comments): refused before the XML parser sees it.</summary>
    [GeneratedRegex(@"^[\uFEFF\s]*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlPage();
}
