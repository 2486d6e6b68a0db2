namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="QuietArticleContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresQuietArticleTests(PostgresCluster cluster) : QuietArticleContract(new PostgresTestDatabase(cluster));
