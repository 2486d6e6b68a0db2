namespace Airspace.Storage.Contract;

public abstract class ChatTurnsContract(StoreHarness db) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly StoreHarness _db = db;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task EnterAsync_SameChatFromAnotherHandle_WaitsUntilTheFirstTurnEnds()
    {
        var first = _db.OpenChatStores().ChatTurns;
        var second = _db.OpenChatStores().ChatTurns;
        var turn = await first.EnterAsync("telegram", "-100", default);

        var waiting = second.EnterAsync("telegram", "-100", default);
        var otherChat = await second.EnterAsync("telegram", "-200", default).WaitAsync(Patience);
        var otherPlatform = await second.EnterAsync("discord", "-100", default).WaitAsync(Patience);
        await Task.Delay(200);
        var waitedWhileHeld = !waiting.IsCompleted;
        await turn.DisposeAsync();
        await using var next = await waiting.WaitAsync(Patience);

        Assert.True(waitedWhileHeld, "the second handle entered the chat's turn while the first held it");
        await otherChat.DisposeAsync();
        await otherPlatform.DisposeAsync();
    }

    [Fact]
    public async Task EnterAsync_CancelledWhileWaiting_ThrowsAndTheTurnPassesOn()
    {
        var first = _db.OpenChatStores().ChatTurns;
        var second = _db.OpenChatStores().ChatTurns;
        var turn = await first.EnterAsync("telegram", "-100", default);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second.EnterAsync("telegram", "-100", cancel.Token));
        await turn.DisposeAsync();

        await using var next = await second.EnterAsync("telegram", "-100", default).WaitAsync(Patience);
    }

    [Fact]
    public async Task EnterAsync_ManyTurnsOfOneChatFromTwoHandles_NeverTwoAtOnce()
    {
        var handles = new[] { _db.OpenChatStores().ChatTurns, _db.OpenChatStores().ChatTurns };
        var inside = 0;
        var overlaps = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await using var turn = await handles[i % 2].EnterAsync("telegram", "7", default);
            if (Interlocked.Increment(ref inside) > 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            await Task.Delay(5);
            Interlocked.Decrement(ref inside);
        }))).WaitAsync(Patience);

        Assert.Equal(0, overlaps);
    }
}
