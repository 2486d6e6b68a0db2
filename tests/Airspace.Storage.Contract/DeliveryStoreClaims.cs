using Airspace.Core.Publishing;

namespace Airspace.Storage.Contract;

/// <summary>Claims across every lane for one test owner, as the planning tests need them.</summary>
public static class DeliveryStoreClaims
{
    public const string TestOwner = "test-owner";

    public static Task<IReadOnlyList<Delivery>> ClaimDueAsync(this IDeliveryStore store, DateTimeOffset now, int max, TimeSpan lease, CancellationToken ct) =>
        store.ClaimDueAsync(new DeliveryClaim { Owner = TestOwner, Lane = null, Now = now, Max = max, Lease = lease }, ct);
}
