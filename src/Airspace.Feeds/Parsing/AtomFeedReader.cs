using System.Xml.Linq;
using static Airspace.Feeds.Parsing.FeedNamespaces;

namespace Airspace.Feeds.Parsing;

/// <summary>Atom 1.0 and Atom 0.3 (also the namespace-less variant some generators write).</summary>
internal static class AtomFeedReader
{
    public static ParsedFeed Read(XElement root, Uri? location) => new()
    {
        Format = root.Name.Namespace == Atom03 || root.Attribute("version")?.Value.Trim() == "0.3" ? "atom03" : "atom10",
        Title = FeedText.Line(FeedText.FromAtom(Child(root, "title"))),
        Link = AlternateLink(root, location),
        Items = [.. root.Elements().Where(e => IsAtom(e.Name, "entry")).Select(e => ReadEntry(e, location))],
    };

    private static FeedEntry ReadEntry(XElement entry, Uri? location)
    {
        var content = Child(entry, "content");
        var summary = Child(entry, "summary");
        var baseUri = FeedUrls.BaseOf(entry, location);
        return new FeedEntry
        {
            Id = FeedText.Line(Child(entry, "id")?.Value),
            Title = FeedText.Line(FeedText.FromAtom(Child(entry, "title"))),
            Link = AlternateLink(entry, location),
            Published = FeedDates.Parse(Child(entry, "published")?.Value ?? Child(entry, "issued")?.Value
                ?? Child(entry, "created")?.Value ?? entry.Element(DcTerms + "issued")?.Value),
            Updated = FeedDates.Parse(Child(entry, "updated")?.Value ?? Child(entry, "modified")?.Value
                ?? entry.Elements(Dc + "date").LastOrDefault()?.Value),
            Author = Author(entry),
            Summary = FeedText.FromAtom(summary),
            // Atom content given by reference (src) has no text here.
            Content = content?.Attribute("src") is null ? FeedText.FromAtom(content) : null,
            Categories = Files.DraftValues.Categories(
                entry.Elements().Where(e => IsAtom(e.Name, "category")).Select(c => c.Attribute("term")?.Value ?? c.Attribute("label")?.Value ?? c.Value)
                    .Concat(entry.Elements(Dc + "subject").Select(s => s.Value)).Select(FeedText.FromMaybeHtml)),
            Image = Image(entry, location) ?? FeedImages.FirstInHtml(RawHtml(content), baseUri) ?? FeedImages.FirstInHtml(RawHtml(summary), baseUri),
        };
    }

    /// <summary>The first rel="alternate" link (no rel means alternate), text/html preferred; a link without href uses its text.</summary>
    private static string? AlternateLink(XElement parent, Uri? location)
    {
        var alternates = parent.Elements()
            .Where(e => IsAtom(e.Name, "link") && (e.Attribute("rel")?.Value.Trim() ?? "alternate") == "alternate")
            .ToList();
        var best = alternates.FirstOrDefault(l => l.Attribute("type")?.Value.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
            ?? alternates.FirstOrDefault();
        return best is null ? null : FeedUrls.Resolve(best.Attribute("href")?.Value ?? best.Value, best, location);
    }

    private static string? Author(XElement entry)
    {
        var author = Child(entry, "author");
        if (author is not null)
        {
            var name = FeedText.Line(Child(author, "name")?.Value) ?? FeedText.Line(Child(author, "email")?.Value);
            if (name is not null || !author.HasElements)
            {
                return name ?? FeedAuthors.Name(author.Value);
            }
        }

        return FeedAuthors.Name(entry.Element(Dc + "creator")?.Value);
    }

    private static string? Image(XElement entry, Uri? location)
    {
        foreach (var child in entry.Elements())
        {
            string? candidate = null;
            if (IsAtom(child.Name, "link") && child.Attribute("rel")?.Value.Trim() == "enclosure" && FeedImages.IsImageType(child.Attribute("type")?.Value))
            {
                candidate = child.Attribute("href")?.Value;
            }
            else if ((Is(child.Name, Media, "thumbnail") || Is(child.Name, Media, "content"))
                && (child.Name.LocalName == "thumbnail" || child.Attribute("medium")?.Value == "image" || FeedImages.IsImageType(child.Attribute("type")?.Value)))
            {
                candidate = child.Attribute("url")?.Value;
            }

            if (candidate is not null && FeedUrls.Resolve(candidate, child, location) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    private static string? RawHtml(XElement? element) =>
        element is null ? null : element.HasElements ? FeedText.InnerMarkup(element) : element.Value;

    /// <summary>The element's last such child: when a feed repeats one (two updated), the last wins, as in common parsers.</summary>
    private static XElement? Child(XElement parent, string local) => parent.Elements().LastOrDefault(e => IsAtom(e.Name, local));
}
