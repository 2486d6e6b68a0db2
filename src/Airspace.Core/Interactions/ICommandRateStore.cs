namespace Airspace.Core.Interactions;

/// <summary>
/// Per-user command limits kept in the store, so a user's limit holds across every replica sharing it: one small
/// counter per (platform, user), pruned once the user's burst has fully come back.
/// </summary>
public interface ICommandRateStore
{
    /// <summary>
    /// Counts one command of <paramref name="user"/> on <paramref name="platform"/> against <paramref name="rate"/>:
    /// <see cref="CommandVerdict.Allowed"/> within it, <see cref="CommandVerdict.Warn"/> for the first command refused
    /// since the last one allowed, <see cref="CommandVerdict.Ignore"/> for the ones after that.
    /// </summary>
    Task<CommandVerdict> TakeAsync(string platform, string user, CommandRate rate, CancellationToken ct);
}
