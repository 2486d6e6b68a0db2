namespace Airspace.Feeds.Tests.Discovery;

/// <summary>Pages of the sites discovery is tried on: a home page with a doctype, an RSS feed, an Atom feed, WordPress posts.</summary>
internal static class DiscoverySamples
{
    public const string HtmlType = "text/html; charset=utf-8";

    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Airspace Review</title><link>https://airspace-review.com/</link>
        <item><title>Pesawat baru</title><link>https://airspace-review.com/1</link><guid>1</guid></item>
        <item><title>Skadron udara</title><link>https://airspace-review.com/2</link><guid>2</guid></item>
        </channel></rss>
        """;

    public const string Atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
        <entry><id>a-1</id><title>Entry</title><link href="https://blog.example.test/1"/><updated>2024-03-01T00:00:00Z</updated></entry></feed>
        """;

    public const string Posts = """
        [{"id":7,"date_gmt":"2024-05-01T10:00:00","modified_gmt":"2024-05-01T10:00:00","link":"https://airspace-review.com/7/",
          "title":{"rendered":"Berita tujuh"},"content":{"rendered":"<p>Isi berita.</p>","protected":false}}]
        """;

    /// <summary>A home page with a doctype and the given tags in its head.</summary>
    public static string HomePage(string head = "") => $"""
        <!DOCTYPE html>
        <html lang="id"><head><meta charset="utf-8"><title>Airspace Review</title>{head}</head>
        <body><h1>Airspace Review</h1><p>Berita penerbangan<br></body></html>
        """;
}
