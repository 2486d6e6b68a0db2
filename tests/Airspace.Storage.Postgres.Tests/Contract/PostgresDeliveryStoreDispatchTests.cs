namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="DeliveryStoreDispatchContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryStoreDispatchTests(PostgresCluster cluster) : DeliveryStoreDispatchContract(new PostgresTestDatabase(cluster));
