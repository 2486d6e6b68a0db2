namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="SubscriptionStoreContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSubscriptionStoreTests(PostgresCluster cluster) : SubscriptionStoreContract(new PostgresTestDatabase(cluster));
