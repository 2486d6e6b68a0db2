using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Airspace.Feeds.Files;

/// <summary>Turns file bytes into text: UTF-8 (BOM optional), or UTF-16/UTF-32 with a BOM; anything else is refused.</summary>
internal static class FileTextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(new UTF8Encoding(false, true), bytes[3..], "UTF-8");
        }

        // UTF-32 LE before UTF-16 LE: its BOM starts with the UTF-16 LE one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Strict(new UTF32Encoding(false, false, true), bytes[4..], "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Strict(new UTF32Encoding(true, false, true), bytes[4..], "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new ArticleFormatException($"binary content, not text (NUL byte at offset {nul})");
        }

        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        // Invalid somewhere: decode again only to say where.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                throw new ArticleFormatException(
                    $"not valid UTF-8 (invalid byte sequence at offset {read}); save the file as UTF-8");
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" near offset {e.Index}" : "";
            throw new ArticleFormatException($"not valid {name} (invalid byte sequence{at})");
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new ArticleFormatException($"binary content, not text (NUL character at position {nul})");
        }

        return text;
    }
}
