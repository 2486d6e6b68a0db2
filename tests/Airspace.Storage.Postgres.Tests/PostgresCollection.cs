namespace Airspace.Storage.Postgres.Tests;

/// <summary>Every PostgreSQL test shares one cluster (started once per run); each test has its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "PostgreSQL";
}
