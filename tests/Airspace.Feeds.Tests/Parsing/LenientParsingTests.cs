using Airspace.Feeds.Parsing;

namespace Airspace.Feeds.Tests.Parsing;

/// <summary>Real feeds are sloppy: unknown Atom namespaces, podcast fields, repeated elements, pasted home pages.</summary>
public sealed class LenientParsingTests
{
    [Theory]
    [InlineData("http://purl.org/atom/ns#draft-ietf-atompub-format-08")]
    [InlineData("http://example.com/newformat#")]
    public void Parse_FeedRootInUnknownNamespace_IsReadAsAtom(string ns)
    {
        var feed = TestFeeds.Parse($"""
            <feed xmlns="{ns}"><title>Old draft</title>
              <entry><id>e-1</id><title>Entry one</title><link href="https://a.example.test/1"/><updated>2024-03-01T00:00:00Z</updated></entry>
            </feed>
            """);

        Assert.Equal("Old draft", feed.Title);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("Entry one", entry.Title);
        Assert.Equal("https://a.example.test/1", entry.Link);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), entry.Updated);
    }

    [Fact]
    public void Parse_PodcastItem_ReadsItunesImageSummaryAndCategories()
    {
        var entry = TestFeeds.Item("""
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Cast</title>
              <item><title>Episode 1</title><guid>ep-1</guid>
                <itunes:subtitle>Short subtitle</itunes:subtitle>
                <itunes:summary>Pilots talk about the new airport.</itunes:summary>
                <itunes:image href="https://cdn.example.test/ep1.jpg"/>
                <itunes:category text="News"><itunes:category text="Politics"/></itunes:category>
                <enclosure url="https://cdn.example.test/ep1.mp3" type="audio/mpeg" length="1"/>
              </item>
            </channel></rss>
            """);

        Assert.Equal("Pilots talk about the new airport.", entry.Summary);
        Assert.Equal("https://cdn.example.test/ep1.jpg", entry.Image);
        Assert.Equal(["News", "Politics"], entry.Categories);
    }

    [Fact]
    public void Parse_ItemWithDescriptionAndItunesSummary_KeepsTheDescription()
    {
        var entry = TestFeeds.Item("""
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
              <item><title>E</title><itunes:summary>Podcast notes</itunes:summary><description>The description</description></item>
            </channel></rss>
            """);

        Assert.Equal("The description", entry.Summary);
    }

    [Fact]
    public void Parse_RepeatedAtomUpdated_LastOneWins()
    {
        var entry = TestFeeds.Item("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>x</id><title>First title</title><title>Second title</title>
              <updated>2024-01-01T00:00:00Z</updated><updated>2024-02-02T00:00:00Z</updated></entry></feed>
            """);

        Assert.Equal(new DateTimeOffset(2024, 2, 2, 0, 0, 0, TimeSpan.Zero), entry.Updated);
        Assert.Equal("Second title", entry.Title);
    }

    [Fact]
    public void Parse_RepeatedRssPubDate_LastOneWins()
    {
        var entry = TestFeeds.Item("""
            <rss version="2.0"><channel><item><title>T</title>
              <pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate><pubDate>Fri, 02 Feb 2024 00:00:00 GMT</pubDate></item></channel></rss>
            """);

        Assert.Equal(new DateTimeOffset(2024, 2, 2, 0, 0, 0, TimeSpan.Zero), entry.Published);
    }

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Home</title></head><body><p>Hi<br></body></html>")]
    [InlineData("<!doctype html><html><head><link rel=stylesheet href=a.css></head></html>")]
    [InlineData("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>")]
    public void Parse_HomePageWithDoctype_SaysItIsAnHtmlPage(string page)
    {
        var error = Assert.Throws<FeedFormatException>(() => TestFeeds.Parse(page));

        Assert.StartsWith("not a feed: this is an HTML page", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("XML", error.Message, StringComparison.Ordinal);
    }
}
