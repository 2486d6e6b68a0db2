using System.Text;
using Airspace.Feeds.Parsing;
using Airspace.Feeds.Tests.Parsing;
using Airspace.Feeds.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Airspace.Feeds.Tests.Hostile;

/// <summary>Documents built to hurt a parser: each is refused with a clear reason, or read with nothing dangerous left.</summary>
public sealed class HostileDocumentTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <rss version="2.0"><channel><title>&lol9;</title></channel></rss>
        """;

    [Fact]
    public void Parse_BillionLaughs_IsRefusedWithAReason()
    {
        var error = Assert.Throws<FeedFormatException>(() => TestFeeds.Parse(BillionLaughs));

        Assert.Contains("entities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntity_IsRefusedWithAReason()
    {
        var error = Assert.Throws<FeedFormatException>(() => TestFeeds.Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>
            """));

        Assert.Contains("entities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_ParameterEntityPointingAtAServer_NeverFetchesIt()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("<!ENTITY leak 'x'>"));
        var document = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY % remote SYSTEM "{server.Url("/evil.dtd")}"> %remote; ]>
            <rss version="2.0"><channel><item><title>Safe</title></item></channel></rss>
            """;

        var item = TestFeeds.Item(document);

        Assert.Equal("Safe", item.Title);
        Assert.Empty(server.Exchanges);
    }

    [Fact]
    public void Parse_UndeclaredEntityFromAnIgnoredDtd_StaysLiteralText()
    {
        var item = TestFeeds.Item("""<rss><channel><item><title>&unknownthing; here</title></item></channel></rss>""");

        Assert.Equal("&unknownthing; here", item.Title);
    }

    [Fact]
    public void Parse_ScriptInEveryField_LeavesNoScriptHandlerOrJavascriptLink()
    {
        const string evil = "<script>alert('x')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">click</a><style>body{}</style><iframe src=\"javascript:alert(3)\"></iframe>";
        var escaped = System.Net.WebUtility.HtmlEncode(evil);
        var feed = TestFeeds.Parse($"""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>{escaped}</title><link>javascript:alert(4)</link>
            <item>
              <title>{escaped}</title>
              <link>javascript:alert(5)</link>
              <guid isPermaLink="true">javascript:alert(6)</guid>
              <description><![CDATA[{evil}]]></description>
              <content:encoded>{escaped}</content:encoded>
              <dc:creator>{escaped}</dc:creator>
              <category>{escaped}</category>
              <enclosure url="javascript:alert(7)" type="image/png"/>
            </item></channel></rss>
            """);

        var item = Assert.Single(feed.Items);
        var everything = string.Join("\n", new[] { feed.Title, feed.Link, item.Title, item.Link, item.Summary, item.Content, item.Author, item.Image }
            .Concat(item.Categories).OfType<string>());
        Assert.DoesNotContain("alert", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", everything, StringComparison.Ordinal);
        Assert.Null(item.Link);
        Assert.Null(feed.Link);
        Assert.Equal("click", item.Summary);
    }

    [Fact]
    public void Parse_HostileNesting_IsRefusedQuicklyWithAReason()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 50_000)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 50_000));

        var error = Assert.Throws<FeedFormatException>(() => TestFeeds.Parse($"""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{nested}</div></content></entry></feed>
            """));

        Assert.Contains("levels deep", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeepButPlausibleMarkup_KeepsTheText()
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 400)) + "deep text" + string.Concat(Enumerable.Repeat("</div>", 400));

        var item = TestFeeds.Item($"""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{nested}</div></content></entry></feed>
            """);

        Assert.Equal("deep text", item.Content);
    }

    [Theory]
    [InlineData("<html><head><title>Home</title></head><body>hi</body></html>", "HTML page")]
    [InlineData("<opml version=\"2.0\"><body/></opml>", "root element is <opml>")]
    [InlineData("just some words", "neither XML nor JSON")]
    [InlineData("{\"hello\": 1}", "neither a JSON Feed")]
    [InlineData("<rss><channel><title>unterminated</channel></rss>", "not well-formed XML")]
    [InlineData("", "empty")]
    public void Parse_NotAFeed_IsRefusedWithAOneLineReason(string document, string reason)
    {
        var error = Assert.Throws<FeedFormatException>(() => TestFeeds.Parse(document));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_BinaryBytes_AreRefused()
    {
        var bytes = new byte[] { 0x3C, 0x00, 0x00, 0x00, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x01 };

        Assert.Throws<FeedFormatException>(() => FeedParser.Parse(bytes, null));
    }

    [Fact]
    public void Parse_JsonNestedDeeperThanTheLimit_IsRefused()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000));

        var error = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(deep), null));

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }
}
