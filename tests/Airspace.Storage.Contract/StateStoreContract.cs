using Airspace.Testing;
using Airspace.Core;
using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Schedules;
using Airspace.Core.Search;
using Airspace.Core.State;
using Airspace.Core.Subscriptions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Storage.Contract;

public abstract class StateStoreContract(StoreHarness db) : IDisposable
{
    private static readonly StateKey<long> Other = StateKey.Number("other");
    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task GetAsync_NeverSet_ReturnsZero()
    {
        Assert.Equal(0, await _db.State.GetAsync(SearchIndexer.Cursor, _ct));
        Assert.Equal(DateTimeOffset.UnixEpoch, await _db.State.GetAsync(StateKey.UnixSeconds("never"), _ct));
    }

    [Fact]
    public async Task SetAsync_ThenReopen_ReturnsSavedValuePerName()
    {
        await _db.State.SetAsync(SearchIndexer.Cursor, 7, _ct);
        await _db.State.SetAsync(SearchIndexer.Cursor, 9, _ct);
        await _db.State.SetAsync(Other, 3, _ct);

        var reopened = _db.Reopen().State;

        Assert.Equal(9, await reopened.GetAsync(SearchIndexer.Cursor, _ct));
        Assert.Equal(3, await reopened.GetAsync(Other, _ct));
    }

    [Fact]
    public async Task AdvanceAsync_LowerThanStored_KeepsTheHigherValue()
    {
        Assert.True(await _db.State.AdvanceAsync(Other, 5, _ct)); // never set: stored
        Assert.True(await _db.State.AdvanceAsync(Other, 9, _ct));

        Assert.False(await _db.State.AdvanceAsync(Other, 7, _ct)); // a late write from a deposed poller
        Assert.False(await _db.State.AdvanceAsync(Other, 9, _ct));

        Assert.Equal(9, await _db.Reopen().State.GetAsync(Other, _ct));
    }

    [Fact]
    public async Task GetAsync_RowsWrittenByEarlierReleases_ReadsThemUnderTheirStoredNames()
    {
        // As releases before the state port wrote them: one integer per name in the cursors table.
        Assert.Equal(0, await _db.State.GetAsync(Other, _ct));
        foreach (var (name, seq) in new[] { ("publisher", 41L), ("search", 40L), ("telegram:updates-at:7", 1_700_000_000L), ("discord.identify.last-ms", 1_700_000_000_123L) })
        {
            await _db.ExecuteAsync($"INSERT INTO cursors (name, seq) VALUES ('{name}', {seq})");
        }

        Assert.Equal(41, await _db.State.GetAsync(DeliveryPlanner.Cursor, _ct));
        Assert.Equal(40, await _db.State.GetAsync(SearchIndexer.Cursor, _ct));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), await _db.State.GetAsync(StateKey.UnixSeconds("telegram:updates-at:7"), _ct));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), await _db.State.GetAsync(StateKey.UnixMilliseconds("discord.identify.last-ms"), _ct));
    }

    [Fact]
    public async Task SetAsync_TypedValues_StoresTheIntegersEarlierReleasesStored()
    {
        var at = new DateTimeOffset(2026, 12, 6, 23, 0, 0, 500, TimeSpan.Zero);
        await _db.State.SetAsync(StateKey.UnixSeconds("seconds"), at, _ct);
        await _db.State.SetAsync(StateKey.UnixMilliseconds("millis"), at, _ct);
        await _db.State.SetAsync(StateKey.Enum<DeliveryStatus>("status"), DeliveryStatus.Failed, _ct);

        Assert.Equal(at.ToUnixTimeSeconds(), await _db.Int64Async("SELECT seq FROM cursors WHERE name = 'seconds'"));
        Assert.Equal(at.ToUnixTimeMilliseconds(), await _db.Int64Async("SELECT seq FROM cursors WHERE name = 'millis'"));
        Assert.Equal((long)DeliveryStatus.Failed, await _db.Int64Async("SELECT seq FROM cursors WHERE name = 'status'"));
        Assert.Equal(DeliveryStatus.Failed, await _db.State.GetAsync(StateKey.Enum<DeliveryStatus>("status"), _ct));
        Assert.Equal(at.AddMilliseconds(-500), await _db.State.GetAsync(StateKey.UnixSeconds("seconds"), _ct));
    }

    [Fact]
    public async Task DeliveryPlannerRunOnce_LogLongerThanOneBatch_PlansEveryArticleAndReturns()
    {
        // The planner's loop ends when the cursor that planning advances reaches the end of the log: both sides use
        // DeliveryPlanner.Cursor, so there is no second name to drift apart from it.
        await _db.Subscriptions.AddAsync(ChannelAddress.Parse("telegram:100"), [], 0, _ct);
        for (var i = 0; i < 5; i++)
        {
            await _db.Articles.UpsertAsync(TestArticles.NewArticle($"Article {i}", url: $"https://example.test/{i}"), _ct);
        }

        var planner = new DeliveryPlanner(
            _db.Articles, _db.State, _db.Deliveries, new NoDemo(), new FixedSourceCatalog(), new StoreSignals(),
            Options.Create(new PlannerOptions { BatchSize = 2 }), new SubscriptionClock(Options.Create(new ScheduleOptions())), _db.Time, NullLogger<DeliveryPlanner>.Instance);
        using var stuck = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        Assert.Equal(5, await planner.RunOnceAsync(stuck.Token));
        Assert.Equal(await _db.Articles.LastSequenceAsync(_ct), await _db.State.GetAsync(DeliveryPlanner.Cursor, _ct));
    }

    private sealed class NoDemo : IDemoMode
    {
        public Task<bool> IsActiveAsync(CancellationToken ct) => Task.FromResult(false);
    }
}
