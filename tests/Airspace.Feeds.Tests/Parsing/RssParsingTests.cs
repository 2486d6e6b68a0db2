using System.Text;
using Airspace.Feeds.Parsing;

namespace Airspace.Feeds.Tests.Parsing;

public sealed class RssParsingTests
{
    private const string WordPressRss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:media="http://search.yahoo.com/mrss/">
        <channel>
          <title>Airspace Review &#8211; Berita</title>
          <link>https://airspace-review.com</link>
          <item>
            <title>Rafale &amp;amp; F-15EX: TNI AU &#8220;siap&#8221;</title>
            <link>/2024/05/01/rafale-f15ex/</link>
            <guid isPermaLink="false">https://airspace-review.com/?p=51234</guid>
            <pubDate>Wed, 01 May 2024 03:04:05 +0700</pubDate>
            <dc:creator><![CDATA[Roni Sontani]]></dc:creator>
            <category><![CDATA[Berita]]></category>
            <category><![CDATA[TNI AU]]></category>
            <description><![CDATA[<p>Ringkasan singkat&nbsp;&hellip;</p>]]></description>
            <content:encoded><![CDATA[<p>Paragraf satu.</p><p>Paragraf <b>dua</b> dengan <a href="/x">tautan</a>.</p><img src="/wp-content/uploads/rafale.jpg" width="800">]]></content:encoded>
          </item>
        </channel>
        </rss>
        """;

    [Fact]
    public void Parse_WordPressRss_MapsEveryContractField()
    {
        var feed = TestFeeds.Parse(WordPressRss);

        Assert.Equal("rss20", feed.Format);
        Assert.Equal("Airspace Review – Berita", feed.Title);
        Assert.Equal("https://airspace-review.com", feed.Link);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://airspace-review.com/?p=51234", item.Id);
        Assert.Equal("Rafale & F-15EX: TNI AU “siap”", item.Title);
        Assert.Equal("https://news.example.test/2024/05/01/rafale-f15ex/", item.Link);
        Assert.Equal(new DateTimeOffset(2024, 4, 30, 20, 4, 5, TimeSpan.Zero), item.Published);
        Assert.Equal("Roni Sontani", item.Author);
        Assert.Equal(["Berita", "TNI AU"], item.Categories);
        Assert.Equal("Ringkasan singkat …", item.Summary);
        Assert.Equal("Paragraf satu.\nParagraf dua dengan tautan.", item.Content);
        Assert.Equal("https://news.example.test/wp-content/uploads/rafale.jpg", item.Image);
    }

    [Fact]
    public void Parse_XmlBase_ResolvesRelativeLinksAgainstTheNearestBase()
    {
        var item = TestFeeds.Item("""
            <rss version="2.0" xml:base="http://example.org/blog/"><channel><item xml:base="posts/">
              <link>one.html</link><enclosure url="../img/a.png" type="image/png" length="1"/>
            </item></channel></rss>
            """);

        Assert.Equal("http://example.org/blog/posts/one.html", item.Link);
        Assert.Equal("http://example.org/blog/img/a.png", item.Image);
    }

    [Fact]
    public void Parse_Rss091WithNetscapeDoctype_IsReadWithoutFetchingTheDtd()
    {
        var feed = TestFeeds.Parse("""
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Old</title><link>http://old.example/</link>
            <item><title>First</title><link>http://old.example/1</link><description>Hello</description></item>
            </channel></rss>
            """);

        Assert.Equal("rss091", feed.Format);
        Assert.Equal("First", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Parse_Rss10Rdf_ReadsItemsOutsideTheChannel()
    {
        var feed = TestFeeds.Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://example.org/"><title>RDF site</title><link>http://example.org/</link></channel>
              <item rdf:about="http://example.org/1"><title>One</title><link>http://example.org/1</link>
                <dc:date>2003-12-31T10:14:55-08:00</dc:date><dc:subject>Tech</dc:subject></item>
            </rdf:RDF>
            """);

        Assert.Equal("rss10", feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("http://example.org/1", item.Id);
        Assert.Equal(new DateTimeOffset(2003, 12, 31, 18, 14, 55, TimeSpan.Zero), item.Updated);
        Assert.Equal(["Tech"], item.Categories);
    }

    [Fact]
    public void Parse_HtmlEntitiesAndBareAmpersands_AreRepairedNotRejected()
    {
        var item = TestFeeds.Item("""<rss><channel><item><title>AT&T &nbsp;&eacute;t&eacute; &copy;</title><description>a &amp; b</description></item></channel></rss>""");

        Assert.Equal("AT&T été ©", item.Title);
        Assert.Equal("a & b", item.Summary);
    }

    [Fact]
    public void Parse_Latin1Declared_DecodesAccordingly()
    {
        var bytes = Encoding.Latin1.GetBytes("""<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Café</title></item></channel></rss>""");

        Assert.Equal("Café", Assert.Single(FeedParser.Parse(bytes, null).Items).Title);
    }

    [Fact]
    public void Parse_Utf8DeclaredButWindows1252Bytes_ReadsTheText()
    {
        var bytes = Encoding.Latin1.GetBytes("<rss><channel><item><title>Caf\u00e9 \u0093quoted\u0094</title></item></channel></rss>");

        Assert.Equal("Café “quoted”", Assert.Single(FeedParser.Parse(bytes, null).Items).Title);
    }

    [Fact]
    public void Parse_Utf16WithBom_Decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("""<?xml version="1.0" encoding="UTF-16"?><rss><channel><item><title>Ünïcode</title></item></channel></rss>""")).ToArray();

        Assert.Equal("Ünïcode", Assert.Single(FeedParser.Parse(bytes, null).Items).Title);
    }

    [Fact]
    public void Parse_InvalidUtf8Sequence_KeepsTheReadableText()
    {
        var bytes = Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><rss><channel><item><title>ok</title><description>Halo """)
            .Concat(new byte[] { 0xC3, 0x28, 0x81 })
            .Concat(Encoding.UTF8.GetBytes(" dunia</description></item></channel></rss>")).ToArray();

        var item = Assert.Single(FeedParser.Parse(bytes, null).Items);
        Assert.Equal("ok", item.Title);
        Assert.StartsWith("Halo", item.Summary, StringComparison.Ordinal);
        Assert.EndsWith("dunia", item.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MediaThumbnail_IsTheImage()
    {
        var item = TestFeeds.Item("""
            <rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item><title>t</title>
            <media:thumbnail url="https://cdn.example.test/t.jpg"/></item></channel></rss>
            """);

        Assert.Equal("https://cdn.example.test/t.jpg", item.Image);
    }
}
