using Airspace.Storage.Contract;

namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="RoleFenceContract"/> on a real PostgreSQL database (expiry on the database's clock).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRoleFenceTests(PostgresCluster cluster) : RoleFenceContract(new PostgresTestDatabase(cluster));
