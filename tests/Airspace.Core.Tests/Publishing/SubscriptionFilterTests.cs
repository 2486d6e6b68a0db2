using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Core.Tests.Publishing;

public sealed class SubscriptionFilterTests
{
    private static readonly Article Sample = new()
    {
        Id = new ArticleId(1),
        Source = "airspace-review.com",
        Title = "Kim Jong Un mengunjungi pabrik pesawat KnAAZ",
        Body = "Rusia membangun jet tempur Su-35S dan Su-57 di Komsomolsk-on-Amur.",
        Language = "id",
        Published = DateTimeOffset.UnixEpoch,
        Categories = ["Berita Militer"],
        ContentHash = "h",
        Summary = "s",
        SummarizerVersion = "v",
        IngestedAt = DateTimeOffset.UnixEpoch,
    };

    private static readonly IReadOnlySet<string> Feeds = new HashSet<string>(["airspace-review.com", "antara"], StringComparer.OrdinalIgnoreCase);

    private static Subscription With(params string[] keywords) => new()
    {
        Id = new SubscriptionId(1),
        Address = ChannelAddress.ConsoleChannel,
        Keywords = keywords,
        StartSequence = 0,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "su-57" }, true)]
    [InlineData(new[] { "Su-35" }, true)]
    [InlineData(new[] { "F-16", "knaaz" }, true)]
    [InlineData(new[] { "militer" }, true)]
    [InlineData(new[] { "F-16" }, false)]
    [InlineData(new[] { "bangun" }, false)]
    public void Matches_Keywords_AnyWordPrefixMatchesCaseInsensitively(string[] keywords, bool expected)
    {
        Assert.Equal(expected, SubscriptionFilter.Matches(Sample, With(keywords), Feeds));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(new[] { "airspace-review.com" }, true)]
    [InlineData(new[] { "AIRSPACE-REVIEW.COM", "antara" }, true)]
    [InlineData(new[] { "antara" }, false)]
    [InlineData(new[] { "inbox" }, false)]
    [InlineData(new string[0], false)]
    public void Matches_FeedArticle_OnlySubscriptionsFollowingItsFeedOrAll(string[]? sources, bool expected)
    {
        Assert.Equal(expected, SubscriptionFilter.Matches(Sample, With() with { Sources = sources }, Feeds));
    }

    [Theory]
    [InlineData(new[] { "inbox" }, true)]
    [InlineData(new[] { "antara" }, false)]
    public void Matches_ArticleNoFeedNames_BelongsToInbox(string[] sources, bool expected)
    {
        // Imported by hand: its file names a source that no feed has.
        var imported = Sample with { Source = "kompas.com" };

        Assert.Equal("inbox", SubscriptionFilter.SourceOf(imported, Feeds));
        Assert.Equal(expected, SubscriptionFilter.Matches(imported, With() with { Sources = sources }, Feeds));
    }

    [Fact]
    public void Matches_SourcesAndKeywords_BothMustHold()
    {
        var subscription = With("F-16") with { Sources = ["airspace-review.com"] };

        Assert.False(SubscriptionFilter.Matches(Sample, subscription, Feeds));
        Assert.True(SubscriptionFilter.Matches(Sample, subscription with { Keywords = ["Su-57"] }, Feeds));
    }
}
