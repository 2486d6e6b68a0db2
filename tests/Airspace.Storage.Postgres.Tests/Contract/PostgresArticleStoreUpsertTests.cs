namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="ArticleStoreUpsertContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresArticleStoreUpsertTests(PostgresCluster cluster) : ArticleStoreUpsertContract(new PostgresTestDatabase(cluster));
