namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="StateStoreContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStateStoreTests(PostgresCluster cluster) : StateStoreContract(new PostgresTestDatabase(cluster));
