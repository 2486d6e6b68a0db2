namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="ArticleStoreQueryContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresArticleStoreQueryTests(PostgresCluster cluster) : ArticleStoreQueryContract(new PostgresTestDatabase(cluster));
