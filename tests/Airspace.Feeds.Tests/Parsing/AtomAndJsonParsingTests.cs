using Airspace.Feeds.Parsing;

namespace Airspace.Feeds.Tests.Parsing;

public sealed class AtomAndJsonParsingTests
{
    [Fact]
    public void Parse_Atom10_ReadsXhtmlContentRelativeLinksAndDates()
    {
        var feed = TestFeeds.Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.test/">
              <title type="html">Blog &amp;lt;3</title>
              <link rel="self" href="/atom.xml"/><link href="/"/>
              <entry>
                <id>tag:blog.example.test,2024:1</id>
                <title>Entry</title>
                <link rel="alternate" type="text/html" href="2024/entry"/>
                <published>2024-02-29T23:30:00+07:00</published>
                <updated>2024-03-01T00:00:00Z</updated>
                <author><name>Ann</name><email>ann@example.test</email></author>
                <category term="aviation"/><category term="defence" label="Defence"/>
                <summary type="text">Short &lt;b&gt; literal</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One <em>two</em></p><p>Three</p><img src="img/x.png"/></div></content>
              </entry>
            </feed>
            """);

        Assert.Equal("atom10", feed.Format);
        Assert.Equal("Blog <3", feed.Title);
        Assert.Equal("https://blog.example.test/", feed.Link);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("tag:blog.example.test,2024:1", entry.Id);
        Assert.Equal("https://blog.example.test/2024/entry", entry.Link);
        Assert.Equal(new DateTimeOffset(2024, 2, 29, 16, 30, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), entry.Updated);
        Assert.Equal("Ann", entry.Author);
        Assert.Equal(["aviation", "defence"], entry.Categories);
        Assert.Equal("Short <b> literal", entry.Summary);
        Assert.Equal("One two\nThree", entry.Content);
        Assert.Equal("https://blog.example.test/img/x.png", entry.Image);
    }

    [Fact]
    public void Parse_Atom03_ReadsEscapedAndBase64Content()
    {
        var feed = TestFeeds.Parse("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title>Old Atom</title><link rel="alternate" type="text/html" href="http://old.example.test/"/>
              <entry><title>E</title><link rel="alternate" type="text/html" href="http://old.example.test/e"/>
                <id>urn:e</id><issued>2004-01-01T10:00:00Z</issued><modified>2004-01-02T10:00:00Z</modified>
                <summary type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</summary>
                <content type="text/html" mode="base64">PHA+QmFzZSBzaXh0eS1mb3VyPC9wPg==</content>
              </entry>
            </feed>
            """);

        Assert.Equal("atom03", feed.Format);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("http://old.example.test/e", entry.Link);
        Assert.Equal(new DateTimeOffset(2004, 1, 1, 10, 0, 0, TimeSpan.Zero), entry.Published);
        Assert.Equal("Hi", entry.Summary);
        Assert.Equal("Base sixty-four", entry.Content);
    }

    [Theory]
    [InlineData("https://jsonfeed.org/version/1", "json10")]
    [InlineData("https://jsonfeed.org/version/1.1", "json11")]
    public void Parse_JsonFeed_ReadsItems(string version, string format)
    {
        var feed = TestFeeds.Parse($$"""
            {"version":"{{version}}","title":"JSON news","home_page_url":"https://json.example.test/",
             "author":{"name":"Feed Author"},
             "items":[
               {"id":"1","url":"/a","title":"A &amp; B","content_html":"<p>Hello <script>x()</script>world</p>","summary":"Sum",
                "date_published":"2024-05-01T10:00:00+02:00","tags":["x","y"],"image":"/a.jpg","authors":[{"name":"Zed"}]},
               {"id":2,"content_text":"Plain\n\ntext","date_modified":"2024-05-02T00:00:00Z"}
             ]}
            """);

        Assert.Equal(format, feed.Format);
        Assert.Equal("JSON news", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://news.example.test/a", first.Link);
        Assert.Equal("A & B", first.Title);
        Assert.Equal("Hello world", first.Content);
        Assert.Equal("Zed", first.Author);
        Assert.Equal(["x", "y"], first.Categories);
        Assert.Equal("https://news.example.test/a.jpg", first.Image);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal("2", feed.Items[1].Id);
        Assert.Equal("Plain\ntext", feed.Items[1].Content);
        Assert.Equal("Feed Author", feed.Items[1].Author);
    }

    [Fact]
    public void Parse_WordPressPostsPage_ReadsEmbeddedAuthorTermsAndImage()
    {
        var feed = TestFeeds.Parse("""
            [{"id":51234,"date":"2024-05-01T10:04:05","date_gmt":"2024-05-01T03:04:05","modified_gmt":"2024-05-02T01:00:00",
              "guid":{"rendered":"https://airspace-review.com/?p=51234"},"link":"https://airspace-review.com/2024/05/01/rafale/",
              "title":{"rendered":"Rafale &#8211; tiba"},"content":{"rendered":"<p>Isi <strong>lengkap</strong>.</p>","protected":false},
              "excerpt":{"rendered":"<p>Ringkas</p>"},
              "_embedded":{"author":[{"name":"Roni"}],"wp:featuredmedia":[{"source_url":"https://airspace-review.com/wp-content/uploads/r.jpg"}],
                "wp:term":[[{"name":"Berita","taxonomy":"category"}],[{"name":"Rafale","taxonomy":"post_tag"}]]}}]
            """, new Uri("https://airspace-review.com/wp-json/wp/v2/posts?_embed=1"));

        Assert.Equal("wordpress", feed.Format);
        Assert.Equal("https://airspace-review.com/", feed.Link);
        var post = Assert.Single(feed.Items);
        Assert.Equal("Rafale – tiba", post.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 3, 4, 5, TimeSpan.Zero), post.Published);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 1, 0, 0, TimeSpan.Zero), post.Updated);
        Assert.Equal("Roni", post.Author);
        Assert.Equal(["Berita", "Rafale"], post.Categories);
        Assert.Equal("Isi lengkap.", post.Content);
        Assert.Equal("Ringkas", post.Summary);
        Assert.Equal("https://airspace-review.com/wp-content/uploads/r.jpg", post.Image);
    }

    [Fact]
    public void Parse_WordPressErrorObject_IsRefusedWithTheApisMessage()
    {
        var error = Assert.Throws<FeedFormatException>(() => TestFeeds.Parse("""{"code":"rest_no_route","message":"No route was found","data":{"status":404}}"""));

        Assert.Contains("rest_no_route", error.Message, StringComparison.Ordinal);
    }
}
