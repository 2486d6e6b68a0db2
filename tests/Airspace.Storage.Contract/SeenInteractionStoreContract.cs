namespace Airspace.Storage.Contract;

public abstract class SeenInteractionStoreContract(StoreHarness db) : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private readonly StoreHarness _db = db;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task TryRecordAsync_SameIdTwiceFromTwoStoreInstances_OnlyTheFirstIsNew()
    {
        var keepUntil = _db.Time.GetUtcNow() + Window;

        var first = await _db.SeenInteractions.TryRecordAsync("discord", "111", keepUntil, default);
        var again = await _db.Reopen().SeenInteractions.TryRecordAsync("discord", "111", keepUntil, default);
        var otherPlatform = await _db.Reopen().SeenInteractions.TryRecordAsync("telegram", "111", keepUntil, default);

        Assert.True(first);
        Assert.False(again);
        Assert.True(otherPlatform);
    }

    [Fact]
    public async Task TryRecordAsync_AfterItsKeepUntil_PrunedAndNewAgain()
    {
        var store = _db.SeenInteractions;
        Assert.True(await store.TryRecordAsync("discord", "222", _db.Time.GetUtcNow() + Window, default));
        Assert.True(await store.TryRecordAsync("discord", "333", _db.Time.GetUtcNow() + Window, default));

        _db.Time.Advance(Window + TimeSpan.FromMinutes(1));

        Assert.True(await store.TryRecordAsync("discord", "222", _db.Time.GetUtcNow() + Window, default));
        Assert.Equal(1, await _db.CountAsync("seen_interactions"));
    }

    [Fact]
    public async Task TryRecordAsync_BurstWithARepeatedId_EachIdNewExactlyOnce()
    {
        var store = _db.SeenInteractions;
        var keepUntil = _db.Time.GetUtcNow() + Window;

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => store.TryRecordAsync("discord", (i % 100).ToString(System.Globalization.CultureInfo.InvariantCulture), keepUntil, default))));

        Assert.Equal(100, results.Count(r => r));
        Assert.Equal(100, await _db.CountAsync("seen_interactions"));
    }
}
