namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="PagingKeyStoreContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPagingKeyStoreTests(PostgresCluster cluster) : PagingKeyStoreContract(new PostgresTestDatabase(cluster));
