using System.Text;
using Airspace.Feeds.Parsing;

namespace Airspace.Feeds.Tests.Parsing;

internal static class TestFeeds
{
    public static readonly Uri Location = new("https://news.example.test/feeds/main.xml");

    public static ParsedFeed Parse(string document, Uri? location = null) => FeedParser.Parse(Encoding.UTF8.GetBytes(document), location ?? Location);

    public static FeedEntry Item(string document, Uri? location = null) => Assert.Single(Parse(document, location).Items);
}
