using Airspace.Storage.Contract.Dispatching;

namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="DeliveryDispatcherContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryDispatcherTests(PostgresCluster cluster) : DeliveryDispatcherContract(new PostgresTestDatabase(cluster));
