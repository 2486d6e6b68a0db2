using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Airspace.Feeds.Parsing;

/// <summary>
/// Loads untrusted XML. DTDs are never processed and nothing is ever resolved (no external entities, no network), so
/// entity bombs and XXE cannot work; a DOCTYPE that declares entities is refused up front with a clear reason.
/// </summary>
internal static partial class SafeXml
{
    public static XDocument Load(string text)
    {
        text = Prepare(text);
        if (DeclaresGeneralEntities(text))
        {
            throw new FeedFormatException(
                "the document declares entities in its DOCTYPE, which are refused (entity-expansion bombs and external entities are not allowed)");
        }

        try
        {
            return LoadCore(text);
        }
        catch (XmlException first)
        {
            var repaired = XmlEntityRepair.Repair(text);
            if (repaired != text)
            {
                try
                {
                    return LoadCore(repaired);
                }
                catch (XmlException)
                {
                    // Report the original problem: it is the one in the document as served.
                }
            }

            throw new FeedFormatException("not well-formed XML: " + OneLine(first.Message), first);
        }
    }

    /// <summary>Real feeds nest a few dozen levels; building a tree of hostile nesting is quadratic in LINQ to XML.</summary>
    internal const int MaxDepth = 512;

    private static XDocument LoadCore(string text)
    {
        // A streaming pass first: it finds malformed XML and hostile nesting in linear time, before any tree is built.
        using (var scan = XmlReader.Create(new StringReader(text), Settings()))
        {
            while (scan.Read())
            {
                if (scan.Depth > MaxDepth)
                {
                    throw new FeedFormatException($"the document nests elements more than {MaxDepth} levels deep, which no real feed does");
                }
            }
        }

        using var reader = XmlReader.Create(new StringReader(text), Settings());
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>
    /// Real feeds put whitespace or a comment before the XML declaration, which XML forbids; the declaration carries
    /// nothing once the text is decoded, so a misplaced one is dropped.
    /// </summary>
    private static string Prepare(string text)
    {
        text = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return text;
        }

        var match = MisplacedDeclaration().Match(text);
        return match.Success ? text.Remove(match.Groups["decl"].Index, match.Groups["decl"].Length) : text;
    }

    /// <summary>
    /// General entities (<c>&lt;!ENTITY name …&gt;</c>) are what a bomb or an XXE expands into the content; they are
    /// refused. Parameter entities (<c>&lt;!ENTITY % name …&gt;</c>) only act inside a DTD, which is never processed or
    /// fetched, so a DOCTYPE pulling in the XHTML entity sets is read as if it were absent.
    /// </summary>
    private static bool DeclaresGeneralEntities(string text)
    {
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype < 0 || doctype > RootStart(text))
        {
            return false;
        }

        var subsetEnd = text.IndexOf("]>", doctype, StringComparison.Ordinal);
        var end = subsetEnd < 0 ? Math.Min(text.Length, doctype + 65536) : subsetEnd;
        return GeneralEntity().IsMatch(text.AsSpan(doctype, end - doctype));
    }

    private static int RootStart(string text)
    {
        var match = Root().Match(text);
        return match.Success ? match.Index : text.Length;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?:<!--[\s\S]*?-->\s*)+(?<decl><\?xml[^>]*\?>)")]
    private static partial Regex MisplacedDeclaration();

    [GeneratedRegex(@"<!ENTITY\s+[^%\s]", RegexOptions.IgnoreCase)]
    private static partial Regex GeneralEntity();

    [GeneratedRegex(@"<[A-Za-z_]")]
    private static partial Regex Root();
}
