namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="SourceStoreContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSourceStoreTests(PostgresCluster cluster) : SourceStoreContract(new PostgresTestDatabase(cluster));
