namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="SubscriptionSourcesContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSubscriptionSourcesTests(PostgresCluster cluster) : SubscriptionSourcesContract(new PostgresTestDatabase(cluster));
