using Airspace.Core.Sources;
using Airspace.Feeds.Discovery;
using Airspace.Feeds.Http;
using Airspace.Feeds.Sources;
using Airspace.Feeds.Tests.Support;
using Microsoft.Extensions.Options;
using static Airspace.Feeds.Tests.Discovery.DiscoverySamples;

namespace Airspace.Feeds.Tests.Discovery;

public sealed class FeedDiscoveryTests : IAsyncLifetime
{
    private static readonly FeedsOptions Options = new() { PerHostDelay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(10) };
    private readonly HttpFetcher _http = new(Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System);
    private StaticSite _site = null!;

    private FeedDiscovery Discovery => new(_http, Microsoft.Extensions.Options.Options.Create(Options));

    public async Task InitializeAsync() => _site = await StaticSite.StartAsync();

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        _http.Dispose();
    }

    private Task<DiscoveredSource> DiscoverAsync(string path = "/", SourceKind? kind = null) =>
        Discovery.DiscoverAsync(new Uri(_site.Root, path), kind, local: true, default);

    [Fact]
    public async Task DiscoverAsync_HomePageWithWordPressLinkHeader_FindsThePostsEndpoint()
    {
        _site.Serve("/", HtmlType, HomePage("""<link rel="alternate" type="application/rss+xml" href="/feed/">"""), link: $"<{_site.Root}?p=2>; rel=shortlink, <{_site.Root}wp-json/>; rel=\"https://api.w.org/\"")
            .Serve("/feed/", "application/rss+xml", Rss)
            .Serve("/wp-json/wp/v2/posts", "application/json", Posts);

        var found = await DiscoverAsync();

        Assert.True(found.Found, found.Error);
        Assert.Equal(SourceKind.WordPress, found.Kind);
        Assert.Equal(new Uri(_site.Root, "/wp-json/wp/v2/posts"), found.Url);
        Assert.Equal($"Found the WordPress REST API (advertised in the Link header): {_site.Root}wp-json/wp/v2/posts (1 post on its first page).", found.Description);
    }

    [Fact]
    public async Task DiscoverAsync_HomePageWithWordPressLinkTag_FindsThePostsEndpoint()
    {
        _site.Serve("/", HtmlType, HomePage("""<link rel='https://api.w.org/' href='/wp-json/' />"""))
            .Serve("/wp-json/wp/v2/posts", "application/json", Posts);

        var found = await DiscoverAsync();

        Assert.Equal(SourceKind.WordPress, found.Kind);
        Assert.Equal(new Uri(_site.Root, "/wp-json/wp/v2/posts"), found.Url);
        Assert.Contains("advertised in the link tag", found.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscoverAsync_HomePageWithOnlyRssAlternate_FindsThatFeed()
    {
        _site.Serve("/", HtmlType, HomePage("""<link rel="alternate" type="application/rss+xml" title="Airspace Review &raquo; Feed" href="news/rss.xml">"""))
            .Serve("/news/rss.xml", "application/rss+xml", Rss);

        var found = await DiscoverAsync();

        Assert.Equal(SourceKind.Feed, found.Kind);
        Assert.Equal(new Uri(_site.Root, "/news/rss.xml"), found.Url);
        Assert.Equal($"Found an RSS 2.0 feed linked from the page (<link rel=\"alternate\">): {_site.Root}news/rss.xml (2 items).", found.Description);
        Assert.DoesNotContain(_site.Requested, p => p.StartsWith("/wp-json", StringComparison.Ordinal) || p == "/feed/");
    }

    [Fact]
    public async Task DiscoverAsync_HomePageWithOnlyFeedPath_FindsTheCommonPath()
    {
        _site.Serve("/", HtmlType, HomePage()).Serve("/feed/", "application/rss+xml", Rss);

        var found = await DiscoverAsync();

        Assert.Equal(SourceKind.Feed, found.Kind);
        Assert.Equal(new Uri(_site.Root, "/feed/"), found.Url);
        Assert.Equal($"Found an RSS 2.0 feed at the common path /feed/: {_site.Root}feed/ (2 items).", found.Description);
    }

    [Fact]
    public async Task DiscoverAsync_AdvertisedApiDisabled_FallsBackToTheAlternateFeed()
    {
        _site.Serve("/", HtmlType, HomePage("""<link rel="https://api.w.org/" href="/wp-json/"><link rel="alternate" type="application/atom+xml" href="/atom.xml">"""))
            .Serve("/atom.xml", "application/atom+xml", Atom);

        var found = await DiscoverAsync();

        Assert.Equal(SourceKind.Feed, found.Kind);
        Assert.Equal(new Uri(_site.Root, "/atom.xml"), found.Url);
        Assert.StartsWith("Found an Atom feed linked from the page", found.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiscoverAsync_FeedUrl_IsKeptAsItIs()
    {
        _site.Serve("/rss", "application/rss+xml", Rss);

        var found = await DiscoverAsync("/rss");

        Assert.Equal(SourceKind.Feed, found.Kind);
        Assert.Equal(new Uri(_site.Root, "/rss"), found.Url);
        Assert.Equal($"{_site.Root}rss is an RSS 2.0 feed (2 items).", found.Description);
    }

    [Fact]
    public async Task DiscoverAsync_WpJsonPostsUrlWithoutKind_IsWordPress()
    {
        _site.Serve("/wp-json/wp/v2/posts", "application/json", Posts);

        var found = await DiscoverAsync("/wp-json/wp/v2/posts");

        Assert.Equal(SourceKind.WordPress, found.Kind);
        Assert.Equal(new Uri(_site.Root, "/wp-json/wp/v2/posts"), found.Url);
    }

    [Fact]
    public async Task DiscoverAsync_PageWithoutAnyFeed_SaysWhatWasTriedInOneSentence()
    {
        _site.Serve("/", HtmlType, HomePage());

        var found = await DiscoverAsync();

        Assert.False(found.Found);
        Assert.StartsWith($"{_site.Root} is a web page, not a feed, and no feed was found there: it advertises no WordPress API or feed link", found.Error, StringComparison.Ordinal);
        Assert.Contains("/feed/", found.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', found.Error!);
    }

    [Fact]
    public async Task DiscoverAsync_StrictFetchOfLoopback_IsRefused()
    {
        _site.Serve("/", HtmlType, HomePage()).Serve("/feed/", "application/rss+xml", Rss);

        var found = await Discovery.DiscoverAsync(_site.Root, null, local: false, default);

        Assert.False(found.Found);
        Assert.Contains("loopback", found.Error, StringComparison.Ordinal);
        Assert.Empty(_site.Requested);
    }

    [Theory]
    [InlineData("https://site.test/wp-json/", "https://site.test/wp-json/wp/v2/posts")]
    [InlineData("https://site.test/blog/wp-json", "https://site.test/blog/wp-json/wp/v2/posts")]
    [InlineData("https://site.test/?rest_route=/", "https://site.test/?rest_route=/wp/v2/posts")]
    public void PostsEndpoint_ApiRoot_IsThePostsRoute(string root, string expected) =>
        Assert.Equal(new Uri(expected), FeedDiscovery.PostsEndpoint(new Uri(root)));
}
