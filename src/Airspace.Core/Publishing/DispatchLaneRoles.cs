using System.Collections.Concurrent;
using Airspace.Core.Roles;

namespace Airspace.Core.Publishing;

/// <summary>
/// Which platforms' dispatch lanes this process may run. A platform's lanes run only in the process holding its
/// <c>dispatch:&lt;platform&gt;</c> role (<see cref="SingletonRoles.Dispatch"/>), so a bot token's rate budget is spent
/// by one process at a time. A platform is gated once its role's loop exists in this process (<see cref="Gate"/>, when
/// the host builds its services); the loop then records here that it holds the role, with a token cancelled when it
/// stops holding it. A platform not gated runs freely (a host built but not started, tests; a dispatcher given none).
/// A platform with no sender in this process has no role here: with <see cref="Replicated"/> its lanes are left to a
/// replica that can send them; otherwise (one process on the embedded store) they are released with a note.
/// </summary>
public sealed class DispatchLaneRoles
{
    private readonly ConcurrentDictionary<string, CancellationToken> _held = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _gated = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether other processes share the store (PostgreSQL replicas): then this process never claims deliveries of a
    /// platform it has no sender for, since a replica with the platform's token sends them on time.
    /// </summary>
    public bool Replicated { get; init; }

    /// <summary>The platforms whose lanes are singleton roles: one role per platform, every Discord webhook under one.</summary>
    public static IReadOnlyList<string> Platforms { get; } =
        [ChannelAddress.Telegram, ChannelAddress.Discord, ChannelAddress.DiscordWebhook, ChannelAddress.Console];

    /// <summary>
    /// True while this process holds <paramref name="platform"/>'s dispatch role (<paramref name="held"/> is cancelled
    /// when it stops holding it), or when the platform is not gated (<paramref name="held"/> never cancelled).
    /// </summary>
    public bool TryHold(string platform, out CancellationToken held)
    {
        if (!_gated.ContainsKey(platform))
        {
            held = CancellationToken.None;
            return true;
        }

        return _held.TryGetValue(platform, out held) && !held.IsCancellationRequested;
    }

    /// <summary>From now on <paramref name="platform"/>'s lanes run only while its role is held here.</summary>
    public void Gate(string platform) => _gated[platform] = true;

    /// <summary>Records that this process holds <paramref name="platform"/>'s role until <paramref name="held"/> is cancelled (and gates it).</summary>
    public void Hold(string platform, CancellationToken held)
    {
        Gate(platform);
        _held[platform] = held;
    }

    /// <summary>Forgets the holding that <paramref name="held"/> belongs to (a later holding stays).</summary>
    public void Release(string platform, CancellationToken held) =>
        _held.TryRemove(new KeyValuePair<string, CancellationToken>(platform, held));
}
