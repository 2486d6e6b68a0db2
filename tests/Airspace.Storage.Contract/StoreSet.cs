using Airspace.Core.Articles;
using Airspace.Core.Interactions;
using Airspace.Core.Publishing;
using Airspace.Core.Sources;
using Airspace.Core.State;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Contract;

/// <summary>Every store port of one handle on a store (one process's view of it).</summary>
public sealed record StoreSet(
    IArticleStore Articles,
    ISubscriptionStore Subscriptions,
    IDeliveryStore Deliveries,
    IStateStore State,
    ISeenInteractionStore SeenInteractions,
    ISourceStore Sources,
    ISourceStateStore SourceStates,
    IOutboxStatistics OutboxStatistics,
    Core.Roles.ILeaseStore Leases);
