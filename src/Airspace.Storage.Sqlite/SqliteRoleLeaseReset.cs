using Airspace.Core;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// Before the bot's loops start: one process owns an SQLite data folder (the run lock), so every role lease in its
/// store was left by an earlier process, killed before it could release them. Ending them lets this process take its
/// roles at once after a crash rather than a lease duration later.
/// </summary>
internal sealed class SqliteRoleLeaseReset(SqliteLeaseStore leases) : IPlatformStartupCheck
{
    public Task CheckAsync(CancellationToken ct) => leases.ExpireAllAsync(ct);
}
