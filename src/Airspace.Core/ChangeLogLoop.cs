namespace Airspace.Core;

/// <summary>
/// The loop of a change-log follower (the planner, the search indexer): catch up from its cursor whenever the store
/// signals new article events, and at least once per poll interval; failures back off as in <see cref="SignalledLoop"/>.
/// </summary>
public static class ChangeLogLoop
{
    /// <param name="catchUp">Follows the change log from the follower's cursor to its end.</param>
    /// <param name="pollInterval">Read after every catch-up, so a reloaded option applies from the next sleep.</param>
    public static Task RunAsync(
        string name,
        StoreSignals signals,
        Func<CancellationToken, Task<int>> catchUp,
        Func<TimeSpan> pollInterval,
        TimeProvider time,
        ILogger logger,
        CancellationToken ct) =>
        SignalledLoop.RunAsync(
            name,
            signals.Articles,
            async token =>
            {
                await catchUp(token).ConfigureAwait(false);
                return pollInterval();
            },
            time,
            logger,
            ct);
}
