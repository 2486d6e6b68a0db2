namespace Airspace.Core.Sources;

/// <summary>
/// The operator's use cases on stored sources, shared by <c>airspace sources add|remove|poll</c> and the chat command
/// <c>/sources add|remove|poll</c>: each front end only phrases the outcome (the CLI names its options, chat does not).
/// </summary>
public interface ISourceAdmin
{
    /// <summary>Validates, refuses a name clash or a refused address, finds and checks the feed (unless asked not to), then saves.</summary>
    Task<SourceAddResult> AddAsync(SourceAddRequest request, CancellationToken ct);

    /// <summary>Removes a stored source (its articles stay in the archive); a configured one cannot be removed here.</summary>
    Task<SourceRemoveOutcome> RemoveAsync(string name, CancellationToken ct);

    /// <summary>Polls one source now, as a scheduled poll would; null when there is no source of that name.</summary>
    Task<SourcePollResult?> PollNowAsync(string name, CancellationToken ct);

    /// <summary>
    /// Makes every source due and wakes the running poller (in this process); returns how many sources it follows.
    /// New items are posted as after any scheduled poll.
    /// </summary>
    Task<int> PollAllSoonAsync(CancellationToken ct);
}
