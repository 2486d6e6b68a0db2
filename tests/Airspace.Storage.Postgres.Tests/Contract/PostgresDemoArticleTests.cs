namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="DemoArticleContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDemoArticleTests(PostgresCluster cluster) : DemoArticleContract(new PostgresTestDatabase(cluster));
