namespace Airspace.Core.Publishing;

/// <summary>What <see cref="IDeliveryStore.ClaimDueAsync"/> claims, and for whom.</summary>
public sealed record DeliveryClaim
{
    /// <summary>The claiming process (<see cref="DeliveryDispatcher.Owner"/>); its claims are released when it is known dead.</summary>
    public required string Owner { get; init; }

    /// <summary>Only this lane's deliveries, so one platform's backlog never fills another's batch; null for every lane.</summary>
    public required DispatchLane? Lane { get; init; }

    public required DateTimeOffset Now { get; init; }

    public required int Max { get; init; }

    /// <summary>How long the claim holds if its owner neither records an outcome nor is known dead.</summary>
    public required TimeSpan Lease { get; init; }
}
