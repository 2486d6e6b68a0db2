using Airspace.Core.Commands;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Core.Tests.Commands;

public sealed class PagingKeysTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly FakeTimeProvider _time = new();
    private readonly MemoryPagingKeyStore _store;

    public PagingKeysTests() => _store = new MemoryPagingKeyStore(_time);

    [Fact]
    public async Task Recall_AfterLifetime_IsNullButAskingAgainExtendsIt()
    {
        var keys = Keys();
        var key = await keys.RememberAsync("a long query", default);

        _time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal(key, await keys.RememberAsync("a long query", default));
        _time.Advance(TimeSpan.FromMinutes(50));
        Assert.Equal("a long query", await keys.RecallAsync(key, default));
        _time.Advance(TimeSpan.FromMinutes(11));

        Assert.Null(await keys.RecallAsync(key, default));
    }

    [Fact]
    public async Task Recall_InAnotherProcessOnTheSameStore_FindsTheQuery()
    {
        var key = await Keys().RememberAsync("a long query", default);

        Assert.Equal("a long query", await Keys().RecallAsync(key, default));
        Assert.Null(await Keys().RecallAsync("NoSuchKey123", default));
    }

    [Fact]
    public async Task Remember_SameQueryInTwoProcesses_SameKey()
    {
        var first = await Keys().RememberAsync("kerja sama pertahanan", default);
        var second = await Keys().RememberAsync("kerja sama pertahanan", default);

        Assert.Equal(first, second);
        Assert.Equal(PagingKeys.KeyLength, first.Length);
        Assert.NotEqual(first, await Keys().RememberAsync("kerja sama pertahanan!", default));
    }

    [Fact]
    public async Task Remember_PagesTurnedOften_OneStoreWritePerTenthOfTheLifetime()
    {
        var keys = Keys();
        for (var i = 0; i < 20; i++)
        {
            var key = await keys.RememberAsync("a long query", default);
            Assert.Equal("a long query", await keys.RecallAsync(key, default));
            _time.Advance(TimeSpan.FromSeconds(30));
        }

        // 20 asks over 10 minutes: a write at 0 and at 6 minutes, no read.
        Assert.Equal(2, _store.Saves);
        Assert.Equal(0, _store.Finds);
    }

    [Fact]
    public async Task Remember_StoreDown_KeyStillWorksInThisProcess()
    {
        _store.Failing = true;
        var keys = Keys();

        var key = await keys.RememberAsync("a long query", default);

        Assert.Equal("a long query", await keys.RecallAsync(key, default));
    }

    [Fact]
    public async Task Remember_StoreDoesNotAnswer_ReplyGoesOutAfterTheStoreWaitWithTheKeyInMemory()
    {
        _store.Hanging = true;
        var keys = Keys();

        var remember = keys.RememberAsync("a long query", default);
        Assert.False(remember.IsCompleted);
        _time.Advance(Airspace.Core.Interactions.ChatStoreWait.Limit);
        var key = await remember.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("a long query", await keys.RecallAsync(key, default));
    }

    [Fact]
    public async Task Remember_MoreThanTheCapacity_OldestLeftToTheStore()
    {
        var keys = Keys(capacity: 3);
        var first = await keys.RememberAsync("q0", default);
        foreach (var i in Enumerable.Range(1, 3))
        {
            await keys.RememberAsync("q" + i, default);
        }

        Assert.Equal("q0", await keys.RecallAsync(first, default));
        Assert.Equal(1, _store.Finds);
    }

    private PagingKeys Keys(int capacity = PagingKeys.DefaultCapacity) => new(_store, _time, Lifetime, NullLogger.Instance, capacity);
}
