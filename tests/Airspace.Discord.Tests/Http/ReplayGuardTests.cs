using Airspace.Core.Interactions;
using Airspace.Discord.Transport.Http;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Discord.Tests.Http;

/// <summary>The background write of each interaction id: observed (a failure is logged) and awaited at shutdown.</summary>
public sealed class ReplayGuardTests : IDisposable
{
    private static readonly DateTimeOffset KeepUntil = new(2026, 12, 1, 0, 5, 0, TimeSpan.Zero);

    private readonly LogCapture _logs = new();
    private readonly LoggerFactory _loggers;
    private readonly FakeTimeProvider _time = new();

    public ReplayGuardTests() => _loggers = new LoggerFactory([_logs]);

    public void Dispose() => _loggers.Dispose();

    private ReplayGuard Guard(ISeenInteractionStore store) => new(store, _time, _loggers.CreateLogger<ReplayGuard>());

    [Fact]
    public async Task StopAsync_IdWriteStillInFlight_WaitsForIt()
    {
        var store = new HeldStore();
        var guard = Guard(store);
        var accepted = guard.TryAcceptAsync("discord", "111", KeepUntil, CancellationToken.None);
        await store.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _time.Advance(Airspace.Core.Interactions.ChatStoreWait.Limit);
        Assert.True(await accepted.WaitAsync(TimeSpan.FromSeconds(30)));

        var stop = guard.StopAsync(CancellationToken.None);
        Assert.False(stop.IsCompleted);

        store.Release.SetResult(true);
        await stop.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["111"], store.Recorded);
    }

    [Fact]
    public async Task StopAsync_ShutdownTimeoutRunsOut_ReturnsWithoutTheWrite()
    {
        var store = new HeldStore();
        var guard = Guard(store);
        _ = guard.TryAcceptAsync("discord", "222", KeepUntil, CancellationToken.None);
        await store.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await guard.StopAsync(new CancellationToken(canceled: true)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(store.Recorded);
    }

    [Fact]
    public async Task TryAcceptAsync_StoreThrows_AnsweredAndTheFailureLogged()
    {
        var guard = Guard(new ThrowingStore());

        Assert.True(await guard.TryAcceptAsync("discord", "333", KeepUntil, CancellationToken.None));
        await guard.StopAsync(CancellationToken.None);

        var entry = Assert.Single(_logs.Entries, e => e.Text.Contains("333", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("disk I/O error", entry.Text, StringComparison.Ordinal);
    }

    private sealed class HeldStore : ISeenInteractionStore
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Recorded { get; } = [];

        public async Task<bool> TryRecordAsync(string platform, string interactionId, DateTimeOffset keepUntil, CancellationToken ct)
        {
            Started.TrySetResult();
            var recorded = await Release.Task;
            Recorded.Add(interactionId);
            return recorded;
        }
    }

    private sealed class ThrowingStore : ISeenInteractionStore
    {
        public Task<bool> TryRecordAsync(string platform, string interactionId, DateTimeOffset keepUntil, CancellationToken ct) =>
            Task.FromException<bool>(new IOException("disk I/O error"));
    }
}
