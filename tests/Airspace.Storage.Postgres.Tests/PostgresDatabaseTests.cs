using Npgsql;

namespace Airspace.Storage.Postgres.Tests;

/// <summary>Migrations on a real PostgreSQL: versioned, applied once however many replicas start together, never downgraded.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresCluster cluster)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task MigrateAsync_EmptyDatabase_RecordsEveryVersionUpToTheLatest()
    {
        var connectionString = await cluster.CreateEmptyDatabaseAsync();
        await using var database = PostgresCluster.Open(connectionString);

        Assert.Equal(PostgresDatabase.LatestSchemaVersion, await database.MigrateAsync(_ct));

        Assert.Equal(PostgresDatabase.LatestSchemaVersion, await ScalarAsync(connectionString, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(PostgresDatabase.LatestSchemaVersion, await ScalarAsync(connectionString, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_EightReplicasStartTogether_OneMigratesTheOthersWaitAndFindItDone()
    {
        var connectionString = await cluster.CreateEmptyDatabaseAsync();
        var replicas = Enumerable.Range(0, 8).Select(_ => PostgresCluster.Open(connectionString)).ToList();
        try
        {
            var versions = await Task.WhenAll(replicas.Select(replica => Task.Run(() => replica.MigrateAsync(_ct))));

            Assert.All(versions, version => Assert.Equal(PostgresDatabase.LatestSchemaVersion, version));
            Assert.Equal(PostgresDatabase.LatestSchemaVersion, await ScalarAsync(connectionString, "SELECT COUNT(*) FROM schema_version"));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task MigrateAsync_SchemaNewerThanThisBuild_RefusesWithOneSentenceNamingTheVersions()
    {
        var connectionString = await cluster.CreateDatabaseAsync();
        var future = PostgresDatabase.LatestSchemaVersion + 1;
        await ScalarAsync(connectionString, $"INSERT INTO schema_version (version) VALUES ({future}) RETURNING version");
        await using var database = PostgresCluster.Open(connectionString);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.MigrateAsync(_ct));

        Assert.Contains($"schema version {future}", error.Message, StringComparison.Ordinal);
        Assert.Contains($"up to {PostgresDatabase.LatestSchemaVersion}", error.Message, StringComparison.Ordinal);
        Assert.Contains("Airspace:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Equal(future, await ScalarAsync(connectionString, "SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public async Task OpenAsync_ServerUnreachable_OneSentenceNamingServerAndKeyWithoutThePassword()
    {
        const string Password = "hunter2-very-secret";
        var connectionString = new NpgsqlConnectionStringBuilder(cluster.ConnectionString("airspace"))
        {
            Port = ClosedPort(), Password = Password, Timeout = 5,
        }.ToString();
        await using var database = PostgresCluster.Open(connectionString);

        var error = await Assert.ThrowsAsync<Airspace.Core.StoreUnavailableException>(() => database.MigrateAsync(_ct));

        Assert.Contains(database.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains("Airspace:Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, database.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Airspace:Storage:ConnectionString must be set")]
    [InlineData("   ", "Airspace:Storage:ConnectionString must be set")]
    [InlineData("Host=db;Password=hunter2-very-secret;Bogus Key=1", "Airspace:Storage:ConnectionString is not a valid")]
    public void Validate_MissingOrBadConnectionString_OneSentenceNamingTheKeyNeverTheValue(string? connectionString, string expected)
    {
        var sentence = new PostgresStoreOptions { ConnectionString = connectionString }.Validate();

        Assert.NotNull(sentence);
        Assert.StartsWith(expected, sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HeartbeatTimeoutNotLongerThanInterval_NamesBothKeys()
    {
        var sentence = new PostgresStoreOptions
        {
            ConnectionString = "Host=db", HeartbeatInterval = TimeSpan.FromSeconds(5), HeartbeatTimeout = TimeSpan.FromSeconds(5),
        }.Validate();

        Assert.Equal("Airspace:Storage:HeartbeatTimeout must be longer than Airspace:Storage:HeartbeatInterval.", sentence);
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
