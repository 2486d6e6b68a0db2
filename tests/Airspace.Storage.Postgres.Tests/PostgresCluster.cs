using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Storage.Postgres.Tests;

/// <summary>
/// The storage tests' PostgreSQL: one <see cref="PostgresServer"/> (a throwaway cluster, or
/// <c>Airspace__Test__PostgresConnection</c>) for the test run; each test gets a fresh database copied from a migrated
/// template. When no server is possible the fixture fails with one sentence saying what to install.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    public const string ConnectionVariable = PostgresServer.ConnectionVariable;
    private PostgresServer? _server;
    private string _template = "";
    private int _databases;

    /// <summary>The administrative connection (database <c>postgres</c>).</summary>
    public string AdminConnectionString => Server.AdminConnectionString;

    private PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL cluster was not started.");

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        _template = await _server.CreateDatabaseAsync("airspace_template");
        await using var database = Database(_template);
        await database.MigrateAsync(CancellationToken.None);
    }

    /// <summary>A new, empty, migrated database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync() => ConnectionString(await Server.CreateDatabaseAsync(NextSuffix(), _template));

    /// <summary>A new database without the schema (for migration tests).</summary>
    public async Task<string> CreateEmptyDatabaseAsync() => ConnectionString(await Server.CreateDatabaseAsync(NextSuffix()));

    public string ConnectionString(string database) => Server.ConnectionString(database);

    public PostgresDatabase Database(string databaseName) => Open(ConnectionString(databaseName));

    public static PostgresDatabase Open(string connectionString) => new(
        Options.Create(new PostgresStoreOptions { ConnectionString = connectionString }), NullLogger<PostgresDatabase>.Instance);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private string NextSuffix() => Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture);

    /// <summary>True when this fixture runs its own cluster (so <see cref="StopServerAsync"/> may stop it).</summary>
    public bool OwnsServer => !Server.Given;

    /// <summary>Stops the throwaway server (open connections are cut); <see cref="StartServerAsync"/> starts it again.</summary>
    public Task StopServerAsync() => Server.StopServerAsync();

    /// <summary>Starts the throwaway server again on the same port with the same data.</summary>
    public Task StartServerAsync() => Server.StartServerAsync();

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort() => PostgresServer.FreePort();
}
