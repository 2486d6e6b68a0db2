namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="CommandRateStoreContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCommandRateStoreTests(PostgresCluster cluster) : CommandRateStoreContract(new PostgresTestDatabase(cluster));
