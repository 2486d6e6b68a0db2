using System.Diagnostics.Metrics;
using Airspace.Core.Publishing;

namespace Airspace.Host.Http;

/// <summary>
/// The outbox gauges (<c>airspace_outbox_depth</c>, <c>airspace_outbox_oldest_pending_age_seconds</c>) by platform.
/// Gauge callbacks are synchronous and the store is not, so <see cref="RefreshAsync"/> reads the store just before each
/// scrape and the callbacks report that reading. Every configured platform reports, 0 when idle, so an alert on
/// the depth never sees a missing series.
/// </summary>
public sealed class OutboxGauges
{
    private readonly IOutboxStatistics? _statistics;
    private readonly string[] _platforms;
    private readonly TimeProvider _time;
    private volatile IReadOnlyList<OutboxDepth>? _latest = [];

    public OutboxGauges(IMeterFactory meters, IEnumerable<IChatSender> senders, TimeProvider time, IOutboxStatistics? statistics = null)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _statistics = statistics;
        _platforms = [.. senders.Select(s => s.Platform).Distinct(StringComparer.Ordinal)];
        _time = time;
        var meter = meters.Create(AirspaceMetrics.MeterName);
        meter.CreateObservableGauge("airspace.outbox.depth", () => Read(d => d?.Pending ?? 0), "{delivery}", "Pending deliveries (claimed ones included), by platform.");
        meter.CreateObservableGauge("airspace.outbox.oldest_pending_age", () => Read(d => d is null ? 0 : Math.Max(0, (_time.GetUtcNow() - d.OldestCreatedAt).TotalSeconds)), "s", "Age of the oldest pending delivery, by platform (0 when none).");
    }

    /// <summary>Reads the outbox; a store that does not answer leaves the gauges empty, not 0 (and <c>/healthz</c> says why).</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        if (_statistics is null)
        {
            return;
        }

        try
        {
            _latest = await _statistics.PendingByPlatformAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _latest = null;
        }
    }

    private IEnumerable<Measurement<T>> Read<T>(Func<OutboxDepth?, T> value)
        where T : struct
    {
        if (_latest is not { } latest)
        {
            return [];
        }

        var idle = _platforms.Where(p => !latest.Any(d => d.Platform == p)).Select(p => new Measurement<T>(value(null), Platform(p)));
        return latest.Select(d => new Measurement<T>(value(d), Platform(d.Platform))).Concat(idle);
    }

    private static KeyValuePair<string, object?> Platform(string platform) => new("platform", platform);
}
