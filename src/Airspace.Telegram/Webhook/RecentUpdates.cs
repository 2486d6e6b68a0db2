namespace Airspace.Telegram.Webhook;

/// <summary>
/// Update ids seen lately. Telegram redelivers a webhook update it thinks failed (a timeout on its side), and with
/// several connections updates may arrive out of order, so this is a set, not a high-water mark.
/// </summary>
internal sealed class RecentUpdates
{
    private const int Capacity = 4096;
    private readonly HashSet<int> _seen = [];
    private readonly Queue<int> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool TryAdd(int updateId)
    {
        lock (_gate)
        {
            if (!_seen.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > Capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
