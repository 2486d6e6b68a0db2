using System.Collections.Concurrent;
using Airspace.Core.Interactions;
using Microsoft.Extensions.Hosting;

namespace Airspace.Discord.Transport.Http;

/// <summary>
/// Refuses a replayed interaction id without making its answer wait on the main database. Ids of this process are
/// checked in memory (the last <see cref="Capacity"/>); every id is also recorded in <see cref="ISeenInteractionStore"/>
/// in the background, so a replay after a restart or on another replica is refused once that write has landed.
/// </summary>
/// <remarks>
/// The trade-off: while the database's write lock is held elsewhere (a planning transaction, <c>airspace import</c>),
/// the store is waited on for at most <see cref="ChatStoreWait.Limit"/>, then the interaction is answered anyway, because
/// Discord's 3 s deadline matters more. A replay sent to another process (or after a restart) inside that window is
/// answered too; the background write still sees the duplicate and logs it. The writes are tracked: a failure is
/// logged, and shutdown waits for those in flight, so an id answered just before a restart is still refused after it.
/// </remarks>
internal sealed class ReplayGuard(ISeenInteractionStore seen, TimeProvider time, ILogger<ReplayGuard> logger) : IHostedService
{
    public const int Capacity = 10_000;


    private readonly RecentIds<string> _recent = new(Capacity, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task<bool>, byte> _writes = new();

    /// <summary>False when <paramref name="interactionId"/> was seen before (in this process, or in the store in time).</summary>
    public async Task<bool> TryAcceptAsync(string platform, string interactionId, DateTimeOffset keepUntil, CancellationToken ct)
    {
        if (!_recent.TryAdd(interactionId))
        {
            return false;
        }

        // Task.Run: the SQLite busy handler may block the calling thread; the write outlives this request.
        var recorded = Task.Run(() => seen.TryRecordAsync(platform, interactionId, keepUntil, CancellationToken.None), CancellationToken.None);
        _writes.TryAdd(recorded, 0);
        _ = recorded.ContinueWith(t => Report(t, interactionId), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await recorded.WaitAsync(ChatStoreWait.Limit, time, ct).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            DiscordLog.ReplayCheckSkipped(logger, interactionId);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store failed: this process has not seen the id, so answer it (Report logs the failure).
            return true;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for the id writes in flight (each failure is logged by itself), until the host's shutdown timeout runs out.</summary>
    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAny(Task.WhenAll(_writes.Keys), Task.Delay(Timeout.Infinite, cancellationToken));

    private void Report(Task<bool> recorded, string interactionId)
    {
        _writes.TryRemove(recorded, out _);
        if (recorded.IsFaulted)
        {
            DiscordLog.ReplayRecordFailed(logger, recorded.Exception.GetBaseException(), interactionId);
        }
        else if (recorded.IsCompletedSuccessfully && !recorded.Result)
        {
            DiscordLog.ReplaySeenInStore(logger, interactionId);
        }
    }
}
