using Airspace.Core;
using Airspace.Core.Interactions;
using Microsoft.Extensions.Logging;

namespace Airspace.Discord.Http;

/// <summary>
/// Refuses a replayed interaction id without making its answer wait on the main database. Ids of this process are
/// checked in memory (the last <see cref="Capacity"/>); every id is also recorded in <see cref="ISeenInteractionStore"/>
/// in the background, so a replay after a restart or on another replica is refused once that write has landed.
/// </summary>
/// <remarks>
/// The trade-off: while the database's write lock is held elsewhere (a planning transaction, <c>airspace import</c>),
/// the store is waited on for at most <see cref="StoreWait"/>, then the interaction is answered anyway, because
/// Discord's 3 s deadline matters more. A replay sent to another process (or after a restart) inside that window is
/// answered too; the background write still sees the duplicate and logs it.
/// </remarks>
internal sealed class ReplayGuard(ISeenInteractionStore seen, TimeProvider time, ILogger<ReplayGuard> logger)
{
    public const int Capacity = 10_000;

    /// <summary>How long an answer may wait for the store's verdict before it goes ahead without it.</summary>
    public static readonly TimeSpan StoreWait = TimeSpan.FromMilliseconds(500);

    private readonly RecentIds<string> _recent = new(Capacity, StringComparer.Ordinal);

    /// <summary>False when <paramref name="interactionId"/> was seen before (in this process, or in the store in time).</summary>
    public async Task<bool> TryAcceptAsync(string platform, string interactionId, DateTimeOffset keepUntil, CancellationToken ct)
    {
        if (!_recent.TryAdd(interactionId))
        {
            return false;
        }

        // Task.Run: the SQLite busy handler may block the calling thread; the write outlives this request.
        var recorded = Task.Run(() => seen.TryRecordAsync(platform, interactionId, keepUntil, CancellationToken.None), CancellationToken.None);
        _ = recorded.ContinueWith(t => Report(t, interactionId), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await recorded.WaitAsync(StoreWait, time, ct).ConfigureAwait(false);
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

    private void Report(Task<bool> recorded, string interactionId)
    {
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
