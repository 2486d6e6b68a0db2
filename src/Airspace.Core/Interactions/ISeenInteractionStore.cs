namespace Airspace.Core.Interactions;

/// <summary>
/// Ids of the chat interactions already handled, kept in the store so a replayed request is refused after a restart
/// and by every process sharing the store. An id need only be kept while a replay of it could still be accepted
/// (the platform's signature window); older ids are pruned.
/// </summary>
public interface ISeenInteractionStore
{
    /// <summary>
    /// Records <paramref name="interactionId"/> of <paramref name="platform"/> until <paramref name="keepUntil"/>:
    /// true the first time, false when it was recorded before and is still kept.
    /// </summary>
    Task<bool> TryRecordAsync(string platform, string interactionId, DateTimeOffset keepUntil, CancellationToken ct);
}
