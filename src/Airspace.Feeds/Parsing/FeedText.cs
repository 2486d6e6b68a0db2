using System.Text;
using System.Xml.Linq;

namespace Airspace.Feeds.Parsing;

/// <summary>Every text field of a feed becomes plain text here: markup reduced by <see cref="HtmlText"/>, entities decoded.</summary>
internal static class FeedText
{
    /// <summary>HTML (escaped or CDATA) to paragraphs; null when nothing is left.</summary>
    public static string? FromHtml(string? html) =>
        string.IsNullOrWhiteSpace(html) ? null : Blank(HtmlText.ToText(html));

    /// <summary>Literal text to paragraphs (no markup interpretation).</summary>
    public static string? FromText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Blank(PlainText.Normalize(text));

    /// <summary>Text that may or may not be HTML (RSS titles): reduced only when it holds tags or entities.</summary>
    public static string? FromMaybeHtml(string? text) =>
        text is not null && HtmlText.LooksLikeHtml(text) ? FromHtml(text) : FromText(text);

    public static string? Line(string? text) => PlainText.Line(text);

    /// <summary>The element's markup children as HTML (inline XHTML; the wrapping xhtml:div is not content).</summary>
    public static string InnerMarkup(XElement element)
    {
        var nodes = element.Nodes().Where(n => n is not XText t || !string.IsNullOrWhiteSpace(t.Value)).ToList();
        if (nodes is [XElement { Name.LocalName: "div" } div])
        {
            element = div;
        }

        return MarkupWriter.Write(element.Nodes());
    }

    /// <summary>
    /// An Atom (1.0 or 0.3) text construct to plain text, by its type: text, html, xhtml, an XML media type, another
    /// text/* type, or base64 for any other media type (and Atom 0.3's mode="base64").
    /// </summary>
    public static string? FromAtom(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = (element.Attribute("type")?.Value ?? "").Trim().ToLowerInvariant();
        var mode = (element.Attribute("mode")?.Value ?? "").Trim().ToLowerInvariant();
        if (mode == "base64" || IsBinaryType(type))
        {
            return FromHtml(Base64(element.Value));
        }

        if (type is "xhtml" or "application/xhtml+xml" || type.EndsWith("+xml", StringComparison.Ordinal) || type.EndsWith("/xml", StringComparison.Ordinal))
        {
            return FromHtml(InnerMarkup(element));
        }

        // Escaped HTML; markup that should have been escaped (TypePad's wrapping div) contributes its text, which is the HTML.
        if (type is "html" or "text/html" || mode == "escaped")
        {
            return FromHtml(element.Value);
        }

        return FromText(element.Value);
    }

    private static bool IsBinaryType(string type) =>
        type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("+xml", StringComparison.Ordinal) && !type.EndsWith("/xml", StringComparison.Ordinal);

    private static string? Base64(string value)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(value.Where(c => !char.IsWhiteSpace(c)))));
        }
        catch (FormatException)
        {
            return value;
        }
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
