using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Airspace.Core.Sources;

namespace Airspace.Feeds.Opml;

/// <summary>
/// Sources to an OPML 2.0 document: one <c>outline type="rss"</c> per source, nested in folder outlines by its
/// <see cref="SourceDefinition.Folder"/>, with Airspace's own settings in the <see cref="OpmlNames.Airspace"/> namespace.
/// Deterministic (no date), so two exports of the same sources are the same bytes.
/// </summary>
public static class OpmlWriter
{
    public static string Write(IEnumerable<SourceDefinition> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var body = new XElement("body");
        foreach (var source in sources)
        {
            FolderOf(body, source.Folder).Add(Outline(source));
        }

        var document = new XDocument(new XElement("opml",
            new XAttribute("version", "2.0"),
            new XAttribute(XNamespace.Xmlns + "airspace", OpmlNames.Airspace.NamespaceName),
            new XElement("head", new XElement("title", "Airspace sources")),
            body));
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true, NewLineChars = "\n" }))
        {
            document.Save(writer);
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text + "\n";
    }

    private static XElement Outline(SourceDefinition source)
    {
        var outline = new XElement("outline",
            new XAttribute("type", "rss"),
            new XAttribute("text", source.Name),
            new XAttribute("title", source.Name),
            new XAttribute("xmlUrl", source.Url.AbsoluteUri),
            new XAttribute(OpmlNames.Kind, source.Kind.ToString()),
            new XAttribute(OpmlNames.Interval, source.Interval.ToString("c", CultureInfo.InvariantCulture)));
        if (source.Categories.Count > 0)
        {
            outline.Add(new XAttribute(OpmlNames.Categories, JsonSerializer.Serialize(source.Categories)));
        }

        if (source.Local)
        {
            outline.Add(new XAttribute(OpmlNames.Local, "true"));
        }

        return outline;
    }

    /// <summary>The folder outline for "News/Indonesia" under <paramref name="body"/>, created on first use.</summary>
    private static XElement FolderOf(XElement body, string? folder)
    {
        var parent = body;
        foreach (var part in (folder ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var existing = parent.Elements("outline").FirstOrDefault(o => o.Attribute("xmlUrl") is null && (string?)o.Attribute("text") == part);
            if (existing is null)
            {
                existing = new XElement("outline", new XAttribute("text", part), new XAttribute("title", part));
                parent.Add(existing);
            }

            parent = existing;
        }

        return parent;
    }
}
