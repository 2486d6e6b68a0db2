using System.Collections.Concurrent;

namespace Airspace.Discord.Commands;

/// <summary>
/// Events may arrive more than once (a resume replays, a gateway and an endpoint may overlap): each interaction id is
/// handled once. Ids are kept for the 15 minutes an interaction token lives.
/// </summary>
internal sealed class InteractionDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPurge;

    /// <summary>True the first time an id is seen.</summary>
    public bool TryBegin(string interactionId)
    {
        var now = time.GetUtcNow();
        if (now - _lastPurge > TimeSpan.FromMinutes(1))
        {
            _lastPurge = now;
            foreach (var (id, seen) in _seen)
            {
                if (now - seen > Lifetime)
                {
                    _seen.TryRemove(id, out _);
                }
            }
        }

        return _seen.TryAdd(interactionId, now);
    }
}
