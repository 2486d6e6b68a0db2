namespace Airspace.Storage.Postgres.Tests.Contract;

/// <summary>The storage contract <see cref="ChatTurnsContract"/> on a real PostgreSQL database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresChatTurnsTests(PostgresCluster cluster) : ChatTurnsContract(new PostgresTestDatabase(cluster));
