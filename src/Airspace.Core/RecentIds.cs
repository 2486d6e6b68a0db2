namespace Airspace.Core;

/// <summary>
/// The last <c>capacity</c> ids seen, oldest forgotten first: a bounded, thread-safe set for refusing repeats that
/// arrive out of order (redelivered webhook updates, replayed interactions), where a high-water mark would not do.
/// </summary>
public sealed class RecentIds<T>(int capacity, IEqualityComparer<T>? comparer = null)
    where T : notnull
{
    private readonly HashSet<T> _seen = new(comparer);
    private readonly Queue<T> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True the first time <paramref name="id"/> is seen (among the last <c>capacity</c>).</summary>
    public bool TryAdd(T id)
    {
        lock (_gate)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
