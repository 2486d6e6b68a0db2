using System.Xml.Linq;

namespace Airspace.Feeds.Opml;

/// <summary>
/// The OPML 2.0 attributes Airspace reads and writes. Standard ones (<c>text</c>, <c>title</c>, <c>type</c>,
/// <c>xmlUrl</c>, <c>htmlUrl</c>) carry what every reader understands; what only Airspace has (kind, interval,
/// category filter, local) goes in its own namespace, which other readers ignore, so a round trip loses nothing.
/// </summary>
internal static class OpmlNames
{
    public static readonly XNamespace Airspace = "urn:airspace:opml:1";

    public static readonly XName Kind = Airspace + "kind";
    public static readonly XName Interval = Airspace + "interval";
    public static readonly XName Categories = Airspace + "categories";
    public static readonly XName Local = Airspace + "local";
}
