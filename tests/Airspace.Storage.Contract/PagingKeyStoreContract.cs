namespace Airspace.Storage.Contract;

public abstract class PagingKeyStoreContract(StoreHarness db) : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly StoreHarness _db = db;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task FindAsync_KeySavedByAnotherHandle_ReturnsItsQuery()
    {
        await _db.OpenChatStores().PagingKeys.SaveAsync("Key123456789", "a long query ✈", _db.Time.GetUtcNow() + Lifetime, default);

        var other = _db.OpenChatStores().PagingKeys;

        Assert.Equal("a long query ✈", await other.FindAsync("Key123456789", default));
        Assert.Null(await other.FindAsync("Unknown12345", default));
    }

    [Fact]
    public async Task FindAsync_PastItsKeepUntil_NullAndPrunedByALaterSave()
    {
        var keys = _db.OpenChatStores().PagingKeys;
        await keys.SaveAsync("Old000000000", "old query", _db.Time.GetUtcNow() + Lifetime, default);

        _db.Time.Advance(Lifetime + TimeSpan.FromMinutes(1));
        await keys.SaveAsync("New000000000", "new query", _db.Time.GetUtcNow() + Lifetime, default);

        Assert.Null(await keys.FindAsync("Old000000000", default));
        Assert.Equal(1, await _db.CountAsync("paging_keys"));
    }

    [Fact]
    public async Task SaveAsync_AgainFromTwoHandles_TheLaterKeepUntilWins()
    {
        var first = _db.OpenChatStores().PagingKeys;
        var second = _db.OpenChatStores().PagingKeys;
        var now = _db.Time.GetUtcNow();

        await Task.WhenAll(
            first.SaveAsync("Same00000000", "q", now + Lifetime + Lifetime, default),
            second.SaveAsync("Same00000000", "q", now + Lifetime, default));
        _db.Time.Advance(Lifetime + TimeSpan.FromMinutes(30));

        Assert.Equal("q", await first.FindAsync("Same00000000", default));
        Assert.Equal(1, await _db.CountAsync("paging_keys"));
    }
}
