using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Airspace.Feeds.Opml;

/// <summary>
/// Reads an OPML 1.0/2.0 subscription list (what feed readers export) with the feeds' XML safety rules (no DTD, no
/// entities, bounded depth). Every outline with an <c>xmlUrl</c> is a feed, however deep; outlines without one are
/// folders, and a feed's folder is the path of their names ("News/Indonesia"). Airspace's own attributes
/// (<see cref="OpmlNames"/>) are read when present; otherwise the kind follows the URL (a <c>/wp-json/</c> URL is
/// WordPress) and the interval is the default.
/// </summary>
public static class OpmlReader
{
    /// <exception cref="FeedFormatException">The file is not OPML (one sentence).</exception>
    public static IReadOnlyList<OpmlEntry> Read(ReadOnlySpan<byte> bytes)
    {
        var document = SafeXml.Load(FeedTextDecoder.Decode(bytes, null));
        var root = document.Root;
        if (root is null || root.Name.LocalName != "opml")
        {
            throw new FeedFormatException($"not an OPML file: the root element is <{root?.Name.LocalName ?? "none"}>, not <opml>");
        }

        var body = root.Elements().FirstOrDefault(e => e.Name.LocalName == "body")
            ?? throw new FeedFormatException("not an OPML file: it has no <body>");
        var entries = new List<OpmlEntry>();
        Walk(body, "", entries);
        return entries;
    }

    private static void Walk(XElement parent, string folder, List<OpmlEntry> entries)
    {
        foreach (var outline in parent.Elements().Where(e => e.Name.LocalName == "outline"))
        {
            var name = Attribute(outline, "text") ?? Attribute(outline, "title");
            if (Attribute(outline, "xmlUrl") is { } url)
            {
                entries.Add(Entry(outline, name, url, folder, entries.Count + 1));
            }
            else
            {
                Walk(outline, name is null ? folder : folder.Length == 0 ? name : folder + "/" + name, entries);
            }
        }
    }

    private static OpmlEntry Entry(XElement outline, string? name, string url, string folder, int position)
    {
        var options = new SourceOptions
        {
            Name = name ?? (Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.IdnHost : null),
            Url = url,
            Kind = Attribute(outline, OpmlNames.Kind),
            Local = string.Equals(Attribute(outline, OpmlNames.Local), "true", StringComparison.OrdinalIgnoreCase),
            Folder = folder.Length == 0 ? null : folder,
        };
        var label = options.Name ?? $"outline {position}";
        string? problem = null;
        if (Attribute(outline, OpmlNames.Interval) is { } interval)
        {
            if (DurationParser.TryParse(interval, out var every))
            {
                options.Interval = every;
            }
            else
            {
                problem = $"its interval '{interval}' is not {DurationParser.ExpectedForm}";
            }
        }

        if (Attribute(outline, OpmlNames.Categories) is { } categories)
        {
            try
            {
                options.Categories = JsonSerializer.Deserialize<List<string>>(categories) ?? [];
            }
            catch (JsonException)
            {
                problem ??= "its airspace:categories is not a JSON list of strings";
            }
        }

        return new OpmlEntry(options, label, problem);
    }

    private static string? Attribute(XElement element, XName name) =>
        element.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
