using System.Diagnostics;
using Airspace.Core.Publishing;

namespace Airspace.Benchmarks.Store;

/// <summary>
/// What a dispatcher does to its store, without a platform: claim a batch of due deliveries for its owner, mark each
/// one sent in the order claimed, again, until the ledger holds every delivery. An empty claim while others still hold
/// the remaining channels waits a millisecond and asks again.
/// </summary>
public static class DispatchLoop
{
    public static async Task<LoopResult> RunAsync(IDeliveryStore deliveries, string owner, int batch, DeliveryLedger ledger, CancellationToken ct)
    {
        var claimLatencies = new List<double>();
        var markLatencies = new List<double>();
        var empty = 0;
        var sent = 0;
        while (!ledger.Done)
        {
            var started = Stopwatch.GetTimestamp();
            var claimed = await deliveries.ClaimDueAsync(
                new DeliveryClaim { Owner = owner, Lane = null, Now = TimeProvider.System.GetUtcNow(), Max = batch, Lease = TimeSpan.FromMinutes(2) }, ct);
            var claimMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (claimed.Count == 0)
            {
                empty++;
                await Task.Delay(1, ct);
                continue;
            }

            claimLatencies.Add(claimMs);
            foreach (var delivery in claimed)
            {
                var marking = Stopwatch.GetTimestamp();
                await deliveries.MarkSentAsync(delivery.Id, $"bench-{delivery.Id.Value}", TimeProvider.System.GetUtcNow(), ct);
                markLatencies.Add(Stopwatch.GetElapsedTime(marking).TotalMilliseconds);
                ledger.Record(delivery);
                sent++;
            }
        }

        return new LoopResult(owner, sent, claimLatencies, markLatencies, empty);
    }
}
