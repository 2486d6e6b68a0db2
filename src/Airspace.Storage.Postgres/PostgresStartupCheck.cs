namespace Airspace.Storage.Postgres;

/// <summary>
/// Opens the PostgreSQL store (and migrates it) before any loop starts, so an unreachable or too-new database stops
/// `run` with the store's one sentence (exit 3) instead of a "Hosting failed to start" trace from inside the host.
/// </summary>
internal sealed class PostgresStartupCheck(PostgresDatabase database) : IPlatformStartupCheck
{
    public Task CheckAsync(CancellationToken ct) => database.MigrateAsync(ct);
}
