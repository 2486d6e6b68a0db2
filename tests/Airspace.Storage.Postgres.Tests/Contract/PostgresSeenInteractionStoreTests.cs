namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="SeenInteractionStoreContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSeenInteractionStoreTests(PostgresCluster cluster) : SeenInteractionStoreContract(new PostgresTestDatabase(cluster));
