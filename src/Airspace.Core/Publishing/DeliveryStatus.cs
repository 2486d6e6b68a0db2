namespace Airspace.Core.Publishing;

public enum DeliveryStatus
{
    Pending,
    Sent,
    /// <summary>Gave up: permanent platform error or too many attempts. Kept with its reason; can be retried by hand.</summary>
    Failed,
    /// <summary>The subscription was removed or disabled before it was sent.</summary>
    Cancelled,
}
