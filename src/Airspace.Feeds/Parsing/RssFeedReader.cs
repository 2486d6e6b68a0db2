using System.Xml.Linq;
using static Airspace.Feeds.Parsing.FeedNamespaces;

namespace Airspace.Feeds.Parsing;

/// <summary>RSS 0.90, 0.91, 0.92, 0.93, 0.94, 1.0 (RDF) and 2.0, with the Dublin Core, content, media and iTunes modules.</summary>
internal static class RssFeedReader
{
    public static ParsedFeed Read(XElement root, Uri? location)
    {
        var channel = root.Elements().FirstOrDefault(e => IsRss(e.Name, "channel"));
        var items = (channel?.Elements() ?? []).Concat(root.Elements()).Where(e => IsRss(e.Name, "item"));
        return new ParsedFeed
        {
            Format = Format(root),
            Title = channel is null ? null : FeedText.Line(FeedText.FromMaybeHtml(Child(channel, "title")?.Value ?? channel.Element(Dc + "title")?.Value)),
            Link = channel is null ? null : ChannelLink(channel, location),
            Items = [.. items.Select(item => ReadItem(item, location))],
        };
    }

    private static string Format(XElement root)
    {
        if (root.Name.LocalName == "RDF")
        {
            return root.Elements().Any(e => e.Name.Namespace == Rss090) ? "rss090" : "rss10";
        }

        return (root.Attribute("version")?.Value.Trim()) switch
        {
            "0.91" => "rss091",
            "0.92" => "rss092",
            "0.93" => "rss093",
            "0.94" => "rss094",
            _ => "rss20",
        };
    }

    private static string? ChannelLink(XElement channel, Uri? location)
    {
        var link = Child(channel, "link");
        if (link is not null && FeedUrls.Resolve(link.Value, link, location) is { } resolved)
        {
            return resolved;
        }

        var alternate = channel.Elements(Atom10 + "link").FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate");
        return alternate is null ? null : FeedUrls.Resolve(alternate.Attribute("href")?.Value, alternate, location);
    }

    private static FeedEntry ReadItem(XElement item, Uri? location)
    {
        string? summaryHtml = null;
        string? contentHtml = null;
        var categories = new List<string>();
        var authors = new List<string>();
        string? image = null;
        string? podcastSummary = null;
        foreach (var child in item.Elements())
        {
            var name = child.Name;
            if (IsRss(name, "description") || IsRss(name, "summary") || Is(name, Dc, "description"))
            {
                // feedparser's reading of items with both: the first is the summary, the second the content.
                if (summaryHtml is null)
                {
                    summaryHtml = child.Value;
                }
                else
                {
                    contentHtml ??= child.Value;
                }
            }
            else if (Is(name, Content, "encoded") || IsRss(name, "fullitem"))
            {
                contentHtml = child.Value;
            }
            else if (Is(name, Xhtml, "body") || Is(name, Xhtml, "div"))
            {
                contentHtml = FeedText.InnerMarkup(new XElement("wrapper", child));
            }
            else if (IsRss(name, "category") || Is(name, Dc, "subject"))
            {
                categories.Add(string.Concat(child.Nodes().OfType<XText>().Select(t => t.Value)));
            }
            else if (IsRss(name, "tags"))
            {
                categories.AddRange(child.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            else if (Is(name, Itunes, "summary") || Is(name, Itunes, "subtitle"))
            {
                // A podcast's show notes: the summary when there is no description (the subtitle when there is no summary).
                podcastSummary = name.LocalName == "summary" || podcastSummary is null ? child.Value : podcastSummary;
            }
            else if (Is(name, Itunes, "category"))
            {
                categories.AddRange(child.DescendantsAndSelf(Itunes + "category").Select(c => c.Attribute("text")?.Value ?? ""));
            }
            else if (IsRss(name, "author") || Is(name, Dc, "creator") || Is(name, Dc, "author") || Is(name, Itunes, "author"))
            {
                authors.Add(child.Value);
            }
            else if (image is null && ImageOf(child, location) is { } found)
            {
                image = found;
            }
        }

        summaryHtml ??= podcastSummary;
        var contentText = FeedText.FromHtml(contentHtml);
        return new FeedEntry
        {
            Id = FeedText.Line(Child(item, "guid")?.Value) ?? item.Attribute(Rdf + "about")?.Value.Trim(),
            Title = FeedText.Line(FeedText.FromMaybeHtml(Child(item, "title")?.Value ?? item.Element(Dc + "title")?.Value)),
            Link = ItemLink(item, location),
            Published = FeedDates.Parse(Child(item, "pubDate")?.Value ?? item.Element(DcTerms + "issued")?.Value
                ?? item.Element(Atom10 + "published")?.Value),
            Updated = FeedDates.Parse(item.Elements(Dc + "date").LastOrDefault()?.Value ?? item.Elements(DcTerms + "modified").LastOrDefault()?.Value
                ?? item.Elements(Atom10 + "updated").LastOrDefault()?.Value),
            Author = authors.Select(FeedAuthors.Name).FirstOrDefault(a => a is not null),
            Summary = FeedText.FromHtml(summaryHtml),
            Content = contentText,
            Categories = Files.DraftValues.Categories(categories.Select(FeedText.FromMaybeHtml)),
            Image = image ?? FeedImages.FirstInHtml(contentHtml, FeedUrls.BaseOf(item, location))
                ?? FeedImages.FirstInHtml(summaryHtml, FeedUrls.BaseOf(item, location)),
        };
    }

    private static string? ItemLink(XElement item, Uri? location)
    {
        var link = Child(item, "link");
        if (link is not null && FeedUrls.Resolve(link.Value, link, location) is { } resolved)
        {
            return resolved;
        }

        var alternate = item.Elements(Atom10 + "link").FirstOrDefault(l => (l.Attribute("rel")?.Value ?? "alternate") == "alternate");
        if (alternate is not null && FeedUrls.Resolve(alternate.Attribute("href")?.Value, alternate, location) is { } atomLink)
        {
            return atomLink;
        }

        // A guid is the permalink unless it says otherwise (RSS 2.0: isPermaLink defaults to true).
        var guid = Child(item, "guid");
        if (guid is not null && !string.Equals(guid.Attribute("isPermaLink")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase)
            && Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out var permalink) && FeedUrls.IsWeb(permalink))
        {
            return permalink.AbsoluteUri;
        }

        return item.Attribute(Rdf + "about") is { } about && Uri.TryCreate(about.Value.Trim(), UriKind.Absolute, out var aboutUri) && FeedUrls.IsWeb(aboutUri)
            ? aboutUri.AbsoluteUri
            : null;
    }

    private static string? ImageOf(XElement child, Uri? location)
    {
        var name = child.Name;
        string? candidate = null;
        if (IsRss(name, "enclosure") && FeedImages.IsImageType(child.Attribute("type")?.Value))
        {
            candidate = child.Attribute("url")?.Value;
        }
        else if (Is(name, Media, "content") && (child.Attribute("medium")?.Value == "image" || FeedImages.IsImageType(child.Attribute("type")?.Value)))
        {
            candidate = child.Attribute("url")?.Value;
        }
        else if (Is(name, Media, "thumbnail"))
        {
            candidate = child.Attribute("url")?.Value;
        }
        else if (Is(name, Media, "group"))
        {
            return child.Elements().Select(e => ImageOf(e, location)).FirstOrDefault(i => i is not null);
        }
        else if (Is(name, Itunes, "image"))
        {
            candidate = child.Attribute("href")?.Value;
        }

        return candidate is null ? null : FeedUrls.Resolve(candidate, child, location);
    }

    /// <summary>The element's last such child: when a feed repeats one (two pubDates), the last wins, as in common parsers.</summary>
    private static XElement? Child(XElement parent, string local) => parent.Elements().LastOrDefault(e => IsRss(e.Name, local));
}
