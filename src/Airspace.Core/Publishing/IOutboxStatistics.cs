namespace Airspace.Core.Publishing;

/// <summary>A cheap look at the outbox for the metrics gauges: kept apart from <see cref="IDeliveryStore"/>, which the dispatcher needs.</summary>
public interface IOutboxStatistics
{
    /// <summary>Pending deliveries (claimed ones included) per platform; platforms with none are absent.</summary>
    Task<IReadOnlyList<OutboxDepth>> PendingByPlatformAsync(CancellationToken ct);
}
