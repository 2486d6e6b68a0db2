namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="DigestAndQuietHoursContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDigestAndQuietHoursTests(PostgresCluster cluster) : DigestAndQuietHoursContract(new PostgresTestDatabase(cluster));
