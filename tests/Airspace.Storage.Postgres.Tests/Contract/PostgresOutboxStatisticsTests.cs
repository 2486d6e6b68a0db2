namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="OutboxStatisticsContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutboxStatisticsTests(PostgresCluster cluster) : OutboxStatisticsContract(new PostgresTestDatabase(cluster));
