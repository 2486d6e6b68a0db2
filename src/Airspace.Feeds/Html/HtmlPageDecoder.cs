using System.Text;
using System.Text.RegularExpressions;

namespace Airspace.Feeds.Html;

/// <summary>Bytes of a fetched HTML page to text: BOM, then the HTTP charset, then &lt;meta charset&gt;, then UTF-8 (broken bytes replaced).</summary>
internal static partial class HtmlPageDecoder
{
    static HtmlPageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, string? httpCharset)
    {
        Encoding? encoding = null;
        var skip = 0;
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            (encoding, skip) = (Encoding.UTF8, 3);
        }
        else if (bytes is [0xFF, 0xFE, ..])
        {
            (encoding, skip) = (Encoding.Unicode, 2);
        }
        else if (bytes is [0xFE, 0xFF, ..])
        {
            (encoding, skip) = (Encoding.BigEndianUnicode, 2);
        }

        encoding ??= Lookup(httpCharset) ?? Lookup(MetaCharset(bytes)) ?? Encoding.UTF8;
        var lenient = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
        return lenient.GetString(bytes, skip, bytes.Length - skip);
    }

    private static string? MetaCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = Meta().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static Encoding? Lookup(string? name) => Parsing.FeedTextDecoder.Lookup(name);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9._:-]{1,40})", RegexOptions.IgnoreCase)]
    private static partial Regex Meta();
}
