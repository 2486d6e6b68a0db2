using System.Data;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// The database file: opens configured connections and brings the schema up to date on first use.
/// Safe to share; several instances (or processes) may use the same file at once.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly SqliteStoreOptions _options;
    private readonly ILogger<SqliteDatabase> _logger;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    public SqliteDatabase(IOptions<SqliteStoreOptions> options, ILogger<SqliteDatabase> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        if (string.IsNullOrWhiteSpace(_options.DatabasePath))
        {
            throw new ArgumentException("Airspace:Storage:DatabasePath must name the SQLite database file.", nameof(options));
        }

        DatabasePath = Path.GetFullPath(_options.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = _options.Pooling,

            // Microsoft.Data.Sqlite also retries SQLITE_BUSY up to the command timeout; keep both waits the same.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(Math.Min(_options.BusyTimeout.TotalSeconds, int.MaxValue))),
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>The schema version this build writes (<c>PRAGMA user_version</c> after migration).</summary>
    public static int LatestSchemaVersion => SchemaMigrations.LatestVersion;

    /// <summary>Creates the file if needed and applies pending migrations; returns the schema version.</summary>
    public async Task<int> MigrateAsync(CancellationToken ct)
    {
        await EnsureMigratedAsync(ct).ConfigureAwait(false);
        return LatestSchemaVersion;
    }

    /// <summary>An open connection with the per-connection pragmas set, on an up-to-date schema.</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        await EnsureMigratedAsync(ct).ConfigureAwait(false);
        return await OpenRawAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a <c>BEGIN IMMEDIATE</c> transaction: the write lock is taken up front, so two
    /// writers (threads or processes) queue on the busy timeout instead of failing on a read-to-write upgrade.
    /// </summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        try
        {
            var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var connectionLifetime = connection.ConfigureAwait(false);

            // Serializable + not deferred is Microsoft.Data.Sqlite's spelling of BEGIN IMMEDIATE.
            using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            var result = await work(connection, ct).ConfigureAwait(false);
            transaction.Commit();
            return result;
        }
        catch (SqliteException ex) when (IsBusy(ex))
        {
            throw Busy(ex);
        }
        catch (SqliteException ex) when (IsUnusable(ex))
        {
            throw Unusable(ex);
        }
    }

    /// <summary>Runs <paramref name="work"/> on its own connection (single statements autocommit).</summary>
    internal async Task<T> ReadAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        try
        {
            var connection = await OpenAsync(ct).ConfigureAwait(false);
            await using var connectionLifetime = connection.ConfigureAwait(false);
            return await work(connection, ct).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (IsBusy(ex))
        {
            throw Busy(ex);
        }
        catch (SqliteException ex) when (IsUnusable(ex))
        {
            throw Unusable(ex);
        }
    }

    /// <summary>
    /// SQLITE_BUSY / SQLITE_LOCKED after the wait: SQLite's busy handler (<c>PRAGMA busy_timeout</c>) and
    /// Microsoft.Data.Sqlite's own retry loop (the command timeout) have both retried for the whole
    /// <see cref="SqliteStoreOptions.BusyTimeout"/>, so the lock holder is busy for longer than we agreed to wait.
    /// </summary>
    internal static bool IsBusy(SqliteException ex) => ex.SqliteErrorCode is 5 or 6;

    internal StoreBusyException Busy(SqliteException ex) => new(DatabasePath, _options.BusyTimeout, ex);

    /// <summary>
    /// SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN: the file or its disk cannot be written right now
    /// (made read-only, unmounted, full). An outage to retry, not a fault in the statement.
    /// </summary>
    internal static bool IsUnusable(SqliteException ex) => ex.SqliteErrorCode is 8 or 10 or 13 or 14;

    internal StoreUnavailableException Unusable(SqliteException ex) => new(
        $"The store {DatabasePath} cannot be used right now (SQLite error {ex.SqliteErrorCode}: {ex.SqliteErrorCode switch { 8 => "read-only", 10 => "disk I/O error", 13 => "disk full", _ => "cannot open" }}); " +
        "check the file, its folder's permissions and free space.",
        ex);

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            var busyMilliseconds = (long)Math.Clamp(_options.BusyTimeout.TotalMilliseconds, 0, int.MaxValue);
            await connection.ExecuteAsync(
                $"PRAGMA busy_timeout = {busyMilliseconds.ToString(CultureInfo.InvariantCulture)}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
                ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

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

            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var connection = await OpenRawAsync(ct).ConfigureAwait(false);

            await using (connection.ConfigureAwait(false))
            {
                // WAL is a property of the file: readers never block the writer, and it survives reopening.
                await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", ct).ConfigureAwait(false);
                await MigrateAsync(connection, ct).ConfigureAwait(false);
            }

            _migrated = true;
        }
        catch (SqliteException ex) when (IsBusy(ex))
        {
            throw Busy(ex);
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken ct)
    {
        var latest = SchemaMigrations.LatestVersion;
        var version = await ReadUserVersionAsync(connection, ct).ConfigureAwait(false);
        ThrowIfNewer(version, latest);
        int? from = null;
        while (version < latest)
        {
            using var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: false);

            // Another process may have migrated while this one waited for the write lock.
            version = await ReadUserVersionAsync(connection, ct).ConfigureAwait(false);
            ThrowIfNewer(version, latest);
            if (version >= latest)
            {
                break;
            }

            await connection.ExecuteAsync(SchemaMigrations.Scripts[version], ct).ConfigureAwait(false);
            await connection.ExecuteAsync(
                $"PRAGMA user_version = {(version + 1).ToString(CultureInfo.InvariantCulture)};",
                ct).ConfigureAwait(false);
            transaction.Commit();
            from ??= version;
            version++;
        }

        // One line for the whole climb (a new database goes from 0 to the latest version in one go).
        if (from is { } first)
        {
            StorageLog.SchemaMigrated(_logger, DatabasePath, first, version);
        }
    }

    private void ThrowIfNewer(int version, int latest)
    {
        if (version > latest)
        {
            throw new InvalidOperationException(
                $"The database '{DatabasePath}' has schema version {version}, but this build of Airspace only knows " +
                $"versions up to {latest}. Run a newer Airspace, or point Airspace:Storage:DatabasePath at another file.");
        }
    }

    private static async Task<int> ReadUserVersionAsync(SqliteConnection connection, CancellationToken ct)
    {
        var value = await connection.ScalarAsync("PRAGMA user_version;", ct).ConfigureAwait(false);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }
}
