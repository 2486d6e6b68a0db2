using Airspace.Core.Publishing;

namespace Airspace.Storage.Sqlite;

/// <summary><see cref="IOutboxStatistics"/> on SQLite: one grouped read over the pending rows (ix_deliveries_status_due).</summary>
public sealed class SqliteOutboxStatistics(SqliteDatabase database) : IOutboxStatistics
{
    public Task<IReadOnlyList<OutboxDepth>> PendingByPlatformAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<OutboxDepth>>(async (connection, token) => await connection.QueryAsync(
            """
            SELECT CASE WHEN instr(address, ':') = 0 THEN address ELSE substr(address, 1, instr(address, ':') - 1) END AS platform,
                   COUNT(*), MIN(created_at)
            FROM deliveries WHERE status = 'pending'
            GROUP BY platform ORDER BY platform
            """,
            r => new OutboxDepth(r.GetString(0), r.GetInt64(1), UnixTime.FromStorage(r.GetInt64(2))), token).ConfigureAwait(false), ct);
}
