using Airspace.Core.Publishing;
using Airspace.Storage.Postgres.Mapping;

namespace Airspace.Storage.Postgres;

/// <summary><see cref="IOutboxStatistics"/> on PostgreSQL: one grouped read over the pending rows, as on SQLite.</summary>
public sealed class PostgresOutboxStatistics(PostgresDatabase database) : IOutboxStatistics
{
    public Task<IReadOnlyList<OutboxDepth>> PendingByPlatformAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<OutboxDepth>>(async (connection, token) => await connection.QueryAsync(
            """
            SELECT split_part(address, ':', 1) AS platform, COUNT(*), MIN(created_at)
            FROM deliveries WHERE status = 'pending'
            GROUP BY platform ORDER BY platform
            """,
            r => new OutboxDepth(r.GetString(0), r.GetInt64(1), NpgsqlCommandExtensions.Instant(r.GetInt64(2))), token).ConfigureAwait(false), ct);
}
