using System.Collections.Concurrent;
using Airspace.Core.Publishing;

namespace Airspace.Benchmarks.Store;

/// <summary>
/// Every mark-sent of one run, numbered in the order the store acknowledged them (all loops share it, in one process):
/// enough to check that each delivery was sent exactly once and that each channel's deliveries went out in id order.
/// </summary>
public sealed class DeliveryLedger(int expected)
{
    private readonly ConcurrentQueue<(long Sequence, string Channel, long Id)> _sent = new();
    private long _sequence;

    public int Expected { get; } = expected;

    public long Sent => Interlocked.Read(ref _sequence);

    public bool Done => Sent >= Expected;

    /// <summary>Records a delivery the store has just marked sent.</summary>
    public void Record(Delivery delivery)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        _sent.Enqueue((sequence, delivery.Address.ToString(), delivery.Id.Value));
    }

    /// <summary>Deliveries marked sent more than once (0 when every claim was exclusive).</summary>
    public int Duplicates() => _sent.Count - _sent.Select(s => s.Id).Distinct().Count();

    /// <summary>Channels in which a delivery was marked sent after a later one (by id) of the same channel.</summary>
    public int ChannelsOutOfOrder() => _sent
        .GroupBy(s => s.Channel)
        .Count(channel => channel.OrderBy(s => s.Sequence).Select(s => s.Id).Zip(channel.OrderBy(s => s.Sequence).Select(s => s.Id).Skip(1)).Any(p => p.First > p.Second));

    public int Channels() => _sent.Select(s => s.Channel).Distinct().Count();
}
