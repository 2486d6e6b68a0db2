using Airspace.Core.Sources;
using Airspace.Storage.Sqlite.Sources;

namespace Airspace.Storage.Sqlite.Tests;

public sealed class SqliteSourceStoreTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly CancellationToken _ct = CancellationToken.None;
    private readonly SqliteSourceStore _sources;
    private readonly SqliteSourceStateStore _states;

    public SqliteSourceStoreTests()
    {
        _sources = new SqliteSourceStore(_db.Database, _db.Time);
        _states = new SqliteSourceStateStore(_db.Database);
    }

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
        await _sources.AddAsync(Review, _ct);

        var stored = Assert.Single(await _sources.ListAsync(_ct));
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
        await _sources.AddAsync(Review, _ct);
        await _sources.AddAsync(Review with { Name = "airspace review", Kind = SourceKind.Feed, Url = new Uri("https://airspace-review.com/feed/") }, _ct);

        var stored = Assert.Single(await _sources.ListAsync(_ct));
        Assert.Equal(SourceKind.Feed, stored.Kind);
        Assert.Equal("airspace review", stored.Name);
    }

    [Fact]
    public async Task RemoveAsync_DropsSourceAndStateButKeepsItsItems()
    {
        await _sources.AddAsync(Review, _ct);
        await _states.SaveAsync(new SourceState { Name = Review.Name, Health = SourceHealth.Healthy, BaselineAt = TestDatabase.Start }, _ct);
        await _states.RecordItemAsync(new SourceItem(Review.Name, "guid-1", "f1", 7), TestDatabase.Start, _ct);

        Assert.True(await _sources.RemoveAsync("AIRSPACE REVIEW", _ct));
        Assert.False(await _sources.RemoveAsync(Review.Name, _ct));

        Assert.Empty(await _sources.ListAsync(_ct));
        Assert.Equal(SourceHealth.New, (await _states.GetAsync(Review.Name, _ct)).Health);
        Assert.Single(await _states.GetItemsAsync(Review.Name, ["guid-1"], _ct));
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
            LastPollAt = TestDatabase.Start,
            LastSuccessAt = TestDatabase.Start.AddHours(-1),
            NextPollAt = TestDatabase.Start.AddMinutes(40),
            BaselineAt = TestDatabase.Start.AddDays(-1),
            UnhealthySince = TestDatabase.Start.AddMinutes(-10),
            ItemCount = 12,
        };

        await _states.SaveAsync(state, _ct);
        await _states.SaveAsync(state with { ItemCount = 13 }, _ct);

        Assert.Equal(state with { ItemCount = 13 }, await _states.GetAsync("FEED", _ct));
        Assert.Single(await _states.ListAsync(_ct));
    }

    [Fact]
    public async Task GetItemsAsync_ReturnsOnlyKnownItemsOfThatSource()
    {
        await _states.RecordItemAsync(new SourceItem("a", "1", "f1", 10), TestDatabase.Start, _ct);
        await _states.RecordItemAsync(new SourceItem("a", "1", "f2", null), TestDatabase.Start, _ct);
        await _states.RecordItemAsync(new SourceItem("b", "2", "f3", 11), TestDatabase.Start, _ct);

        var items = await _states.GetItemsAsync("a", ["1", "2", "3"], _ct);

        var item = Assert.Single(items).Value;
        Assert.Equal("f2", item.Fingerprint);
        Assert.Equal(10, item.ArticleId);
    }

    [Fact]
    public async Task TryClaimNoticeAsync_SameEpisodeAndChannel_ClaimsOnceUntilReleased()
    {
        var episode = TestDatabase.Start;

        Assert.True(await _states.TryClaimNoticeAsync("feed", episode, "console", _ct));
        Assert.False(await _states.TryClaimNoticeAsync("FEED", episode, "console", _ct));
        Assert.True(await _states.TryClaimNoticeAsync("feed", episode, "telegram:1", _ct));
        Assert.True(await _states.TryClaimNoticeAsync("feed", episode.AddHours(1), "console", _ct));

        await _states.ReleaseNoticeAsync("feed", episode, "console", _ct);
        Assert.True(await _states.TryClaimNoticeAsync("feed", episode, "console", _ct));
    }
}
