namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="DeliveryStoreClaimContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryStoreClaimTests(PostgresCluster cluster) : DeliveryStoreClaimContract(new PostgresTestDatabase(cluster));
