using System.Text;
using System.Text.RegularExpressions;

namespace Airspace.Feeds.Parsing;

/// <summary>
/// Bytes to text for XML feeds: a byte-order mark wins, then the XML declaration, then the HTTP charset, then UTF-8.
/// A document that is not valid in its declared encoding is still read: mislabelled UTF-8 is almost always
/// Windows-1252, and anything else keeps its readable parts with U+FFFD for the broken bytes.
/// </summary>
internal static partial class FeedTextDecoder
{
    static FeedTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset)
    {
        var (bom, skip) = FromBom(bytes);
        if (bom is not null)
        {
            return Lenient(bom, bytes[skip..]);
        }

        var declared = Declared(bytes) ?? httpCharset;
        var encoding = Lookup(declared) ?? Encoding.UTF8;
        try
        {
            return Strict(encoding).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            if (encoding.CodePage == Encoding.UTF8.CodePage)
            {
                try
                {
                    return Strict(Encoding.GetEncoding(1252)).GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                    // Not Windows-1252 either: keep what reads as UTF-8.
                }
            }

            return Lenient(encoding, bytes);
        }
    }

    private static (Encoding? Encoding, int Skip) FromBom(ReadOnlySpan<byte> bytes) =>
        bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false), 2),
            // UTF-16 without a BOM still starts with "<?" or "<" followed by a zero byte.
            [0x3C, 0x00, _, 0x00, ..] => (new UnicodeEncoding(false, false), 0),
            [0x00, 0x3C, 0x00, _, ..] => (new UnicodeEncoding(true, false), 0),
            _ => (null, 0),
        };

    private static string? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var match = Declaration().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>The encoding a charset label names, or null for a blank or unknown label.</summary>
    internal static Encoding? Lookup(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Strict(Encoding encoding) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static string Lenient(Encoding encoding, ReadOnlySpan<byte> bytes) =>
        Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback).GetString(bytes);

    [GeneratedRegex(@"^\s*(?:<!--[\s\S]*?-->\s*)*<\?xml[^>]*?encoding\s*=\s*[""'](?<name>[A-Za-z0-9._:-]{1,40})[""']")]
    private static partial Regex Declaration();
}
