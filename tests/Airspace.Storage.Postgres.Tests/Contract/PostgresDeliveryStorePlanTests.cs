namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="DeliveryStorePlanContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDeliveryStorePlanTests(PostgresCluster cluster) : DeliveryStorePlanContract(new PostgresTestDatabase(cluster));
