using Airspace.Core.Sources;

namespace Airspace.Storage.Contract;

public abstract class SourceStoreContract(StoreHarness db) : IDisposable
{
    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;
    private ISourceStore Sources => _db.Sources;

    private ISourceStateStore States => _db.SourceStates;

    public void Dispose() => _db.Dispose();

    private static SourceDefinition Review => new()
    {
        Name = "Airspace Review",
        Kind = SourceKind.WordPress,
        Url = new Uri("https://airspace-review.com/"),
        Interval = TimeSpan.FromMinutes(5),
        Categories = ["Berita"],
        Local = false,
        Stored = true,
    };

    [Fact]
    public async Task AddAsync_ThenList_RoundTripsEveryField()
    {
        await Sources.AddAsync(Review, _ct);

        var stored = Assert.Single(await Sources.ListAsync(_ct));
        Assert.Equal(Review.Name, stored.Name);
        Assert.Equal(SourceKind.WordPress, stored.Kind);
        Assert.Equal(Review.Url, stored.Url);
        Assert.Equal(TimeSpan.FromMinutes(5), stored.Interval);
        Assert.Equal(["Berita"], stored.Categories);
        Assert.True(stored.Stored);
    }

    [Fact]
    public async Task AddAsync_SameNameOtherCase_ReplacesTheSource()
    {
        await Sources.AddAsync(Review, _ct);
        await Sources.AddAsync(Review with { Name = "airspace review", Kind = SourceKind.Feed, Url = new Uri("https://airspace-review.com/feed/") }, _ct);

        var stored = Assert.Single(await Sources.ListAsync(_ct));
        Assert.Equal(SourceKind.Feed, stored.Kind);
        Assert.Equal("airspace review", stored.Name);
    }

    [Fact]
    public async Task RemoveAsync_DropsSourceAndStateButKeepsItsItems()
    {
        await Sources.AddAsync(Review, _ct);
        await States.SaveAsync(new SourceState { Name = Review.Name, Health = SourceHealth.Healthy, BaselineAt = StoreHarness.Start }, _ct);
        await States.RecordItemAsync(new SourceItem(Review.Name, "guid-1", "f1", 7), StoreHarness.Start, _ct);

        Assert.True(await Sources.RemoveAsync("AIRSPACE REVIEW", _ct));
        Assert.False(await Sources.RemoveAsync(Review.Name, _ct));

        Assert.Empty(await Sources.ListAsync(_ct));
        Assert.Equal(SourceHealth.New, (await States.GetAsync(Review.Name, _ct)).Health);
        Assert.Single(await States.GetItemsAsync(Review.Name, ["guid-1"], _ct));
    }

    [Fact]
    public async Task SaveAsync_ThenGet_RoundTripsState()
    {
        var state = new SourceState
        {
            Name = "feed",
            Health = SourceHealth.Unhealthy,
            ETag = "\"abc\"",
            LastModified = "Tue, 01 Apr 2025 10:00:00 GMT",
            ConsecutiveFailures = 4,
            LastError = "example.test answered HTTP 500",
            LastPollAt = StoreHarness.Start,
            LastSuccessAt = StoreHarness.Start.AddHours(-1),
            NextPollAt = StoreHarness.Start.AddMinutes(40),
            BaselineAt = StoreHarness.Start.AddDays(-1),
            UnhealthySince = StoreHarness.Start.AddMinutes(-10),
            ItemCount = 12,
        };

        await States.SaveAsync(state, _ct);
        await States.SaveAsync(state with { ItemCount = 13 }, _ct);

        Assert.Equal(state with { ItemCount = 13 }, await States.GetAsync("FEED", _ct));
        Assert.Single(await States.ListAsync(_ct));
    }

    [Fact]
    public async Task GetItemsAsync_ReturnsOnlyKnownItemsOfThatSource()
    {
        await States.RecordItemAsync(new SourceItem("a", "1", "f1", 10), StoreHarness.Start, _ct);
        await States.RecordItemAsync(new SourceItem("a", "1", "f2", null), StoreHarness.Start, _ct);
        await States.RecordItemAsync(new SourceItem("b", "2", "f3", 11), StoreHarness.Start, _ct);

        var items = await States.GetItemsAsync("a", ["1", "2", "3"], _ct);

        var item = Assert.Single(items).Value;
        Assert.Equal("f2", item.Fingerprint);
        Assert.Equal(10, item.ArticleId);
    }

    [Fact]
    public async Task TryClaimNoticeAsync_SameEpisodeAndChannel_ClaimsOnceUntilReleased()
    {
        var episode = StoreHarness.Start;

        Assert.True(await States.TryClaimNoticeAsync("feed", episode, "console", _ct));
        Assert.False(await States.TryClaimNoticeAsync("FEED", episode, "console", _ct));
        Assert.True(await States.TryClaimNoticeAsync("feed", episode, "telegram:1", _ct));
        Assert.True(await States.TryClaimNoticeAsync("feed", episode.AddHours(1), "console", _ct));

        await States.ReleaseNoticeAsync("feed", episode, "console", _ct);
        Assert.True(await States.TryClaimNoticeAsync("feed", episode, "console", _ct));
    }
}
