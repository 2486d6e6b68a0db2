using Airspace.Core.Interactions;

namespace Airspace.Storage.Contract;

/// <summary>The store ports of chat state shared by replicas, on one handle (one process's view of the store).</summary>
public sealed record ChatStores(IPagingKeyStore PagingKeys, ICommandRateStore CommandRates, IChatTurns ChatTurns);
