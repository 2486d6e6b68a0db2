using System.Xml.Linq;

namespace Airspace.Feeds.Parsing;

/// <summary>The namespaces feeds use, and name tests that accept every namespace a format has appeared under.</summary>
internal static class FeedNamespaces
{
    public static readonly XNamespace Atom10 = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Atom03 = "http://purl.org/atom/ns#";
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";
    public static readonly XNamespace Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    public static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    public static readonly XNamespace Media = "http://search.yahoo.com/mrss/";
    public static readonly XNamespace Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public static readonly XNamespace Xml = XNamespace.Xml;

    private static readonly HashSet<string> RssNamespaces = new(StringComparer.Ordinal)
    {
        "", Rss10.NamespaceName, Rss090.NamespaceName, "http://backend.userland.com/rss2",
        "http://blogs.law.harvard.edu/tech/rss", "http://purl.org/net/rss1.1#",
    };

    private static readonly HashSet<string> AtomNamespaces = new(StringComparer.Ordinal)
    {
        "", Atom10.NamespaceName, Atom03.NamespaceName,
    };

    public static bool IsRss(XName name, string local) => name.LocalName == local && RssNamespaces.Contains(name.NamespaceName);

    public static bool IsAtom(XName name, string local) => name.LocalName == local && AtomNamespaces.Contains(name.NamespaceName);

    public static bool Is(XName name, XNamespace ns, string local) => name.LocalName == local && name.Namespace == ns;

    public static bool IsAtomNamespace(XNamespace ns) => AtomNamespaces.Contains(ns.NamespaceName);

    /// <summary>
    /// A <c>&lt;feed&gt;</c> root in an old or unknown namespace (a pre-1.0 draft, a typo) is read as Atom: its elements
    /// in that namespace are renamed into the Atom 1.0 namespace. Known Atom namespaces are left as they are.
    /// </summary>
    public static XElement AsAtom(XElement root)
    {
        var ns = root.Name.Namespace;
        if (IsAtomNamespace(ns))
        {
            return root;
        }

        foreach (var element in root.DescendantsAndSelf().Where(e => e.Name.Namespace == ns).ToList())
        {
            element.Name = Atom10 + element.Name.LocalName;
        }

        return root;
    }
}
