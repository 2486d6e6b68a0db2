using Airspace.Storage.Contract;

namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The role gate contract <see cref="SingletonRoleServiceContract"/> over a real PostgreSQL database (two replicas: two handles, two owners).</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSingletonRoleServiceTests(PostgresCluster cluster) : SingletonRoleServiceContract(new PostgresTestDatabase(cluster));
