using System.Globalization;

namespace Airspace.Storage.Postgres;

/// <summary>
/// The PostgreSQL database: a pooled data source, and the schema brought up to date on first use. Replicas starting
/// together migrate one at a time (a transaction-scoped advisory lock); a database newer than this build is refused.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    /// <summary>Advisory lock keys (one 64-bit space per database); "AIRS" in the high bits keeps them apart from others'.</summary>
    internal const long MigrationLock = 0x4149_5253_0000_0001;
    internal const long ChangeLogLock = 0x4149_5253_0000_0002;
    internal const long PlannerLock = 0x4149_5253_0000_0003;
    internal const long SubscriptionsLock = 0x4149_5253_0000_0004;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _connectionString;
    private readonly string? _password;
    private readonly ILogger<PostgresDatabase> _logger;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    public PostgresDatabase(IOptions<PostgresStoreOptions> options, ILogger<PostgresDatabase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        if (string.IsNullOrWhiteSpace(value.ConnectionString))
        {
            throw new ArgumentException("Airspace:Storage:ConnectionString must be set when Airspace:Storage:Provider is Postgres.", nameof(options));
        }

        _connectionString = value.ConnectionString;
        var builder = new NpgsqlConnectionStringBuilder(_connectionString);
        _password = builder.Password;
        Name = $"{builder.Host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{builder.Database ?? builder.Username}";
        _dataSource = NpgsqlDataSource.Create(builder);
        _logger = logger;
        Options = value;
    }

    /// <summary>Host, port and database, for messages: never the connection string, which carries the password.</summary>
    public string Name { get; }

    internal PostgresStoreOptions Options { get; }

    /// <summary>The schema version this build writes.</summary>
    public static int LatestSchemaVersion => PostgresSchemaMigrations.LatestVersion;

    /// <summary>Applies pending migrations; returns the schema version.</summary>
    public async Task<int> MigrateAsync(CancellationToken ct)
    {
        await EnsureMigratedAsync(ct).ConfigureAwait(false);
        return LatestSchemaVersion;
    }

    /// <summary>An open connection on an up-to-date schema.</summary>
    internal async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        await EnsureMigratedAsync(ct).ConfigureAwait(false);
        return await OpenRawAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction (read committed). With <paramref name="lockKey"/> it first takes
    /// that transaction-scoped advisory lock, so writers of the same kind run one at a time across every replica, as
    /// SQLite's single writer does; the lock is released only once the commit is visible.
    /// </summary>
    internal async Task<T> WriteAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken ct, long? lockKey = null)
    {
        try
        {
            return await WriteUnguardedAsync(work, ct, lockKey).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            throw Unavailable(ex);
        }
    }

    private async Task<T> WriteUnguardedAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken ct, long? lockKey)
    {
        var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var connectionLifetime = connection.ConfigureAwait(false);
        var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var transactionLifetime = transaction.ConfigureAwait(false);
        if (lockKey is { } key)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", ct, ("@key", key)).ConfigureAwait(false);
        }

        var result = await work(connection, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return result;
    }

    /// <summary>Runs <paramref name="work"/> on its own connection (single statements autocommit).</summary>
    internal async Task<T> ReadAsync<T>(Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        try
        {
            var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var connectionLifetime = connection.ConfigureAwait(false);
            return await work(connection, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            throw Unavailable(ex);
        }
    }

    /// <summary>
    /// The server went away or is restarting (the connection broke, a socket or timeout error, a shutdown or
    /// cannot-connect-now state): a <see cref="StoreUnavailableException"/> for the caller to retry. A statement the
    /// server refused (a constraint, a serialization failure) is not an outage and keeps its own type.
    /// </summary>
    internal static bool IsConnectionFailure(Exception ex) => ex switch
    {
        StoreUnavailableException => false,
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03",
        NpgsqlException or TimeoutException or System.Net.Sockets.SocketException => true,
        _ => false,
    };

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>For containers disposed synchronously (the CLI verbs'): closes the pooled connections.</summary>
    public void Dispose() => _dataSource.Dispose();

    private async Task<NpgsqlConnection> OpenRawAsync(CancellationToken ct)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw Unavailable(ex);
        }
    }

    /// <summary>One sentence naming the server and the setting; the driver's text is scrubbed of the connection string and password.</summary>
    internal StoreUnavailableException Unavailable(Exception ex) => new(
        $"The PostgreSQL store {Name} is unavailable ({SecretRedactor.Redact(ex.Message, _connectionString, _password).TrimEnd('.')}); " +
        "check the server and Airspace:Storage:ConnectionString.",
        ex);

    private async Task EnsureMigratedAsync(CancellationToken ct)
    {
        if (_migrated)
        {
            return;
        }

        await _migrationGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            var connection = await OpenRawAsync(ct).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await MigrateAsync(connection, ct).ConfigureAwait(false);
            }

            _migrated = true;
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    /// <remarks>
    /// One transaction for every pending script (PostgreSQL's DDL is transactional): a failed script leaves the
    /// schema as it was. The advisory lock makes replicas starting together wait for the first one's migration.
    /// </remarks>
    private async Task MigrateAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var latest = PostgresSchemaMigrations.LatestVersion;
        var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var transactionLifetime = transaction.ConfigureAwait(false);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", ct, ("@key", MigrationLock)).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
            ct).ConfigureAwait(false);
        var from = (int)(await connection.Int64Async("SELECT COALESCE(MAX(version), 0) FROM schema_version", ct).ConfigureAwait(false) ?? 0);
        if (from > latest)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL store {Name} has schema version {from}, but this build of Airspace only knows versions up to " +
                $"{latest}. Run a newer Airspace, or point Airspace:Storage:ConnectionString at another database.");
        }

        for (var version = from; version < latest; version++)
        {
            await connection.ExecuteAsync(PostgresSchemaMigrations.Scripts[version], ct).ConfigureAwait(false);
            await connection.ExecuteAsync("INSERT INTO schema_version (version) VALUES (@version)", ct, ("@version", version + 1)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        if (from < latest)
        {
            PostgresLog.SchemaMigrated(_logger, Name, from, latest);
        }
    }
}
