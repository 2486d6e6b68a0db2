using Airspace.Core.Interactions;

namespace Airspace.Storage.Postgres;

/// <summary>
/// <see cref="ISeenInteractionStore"/> on PostgreSQL: one row per (platform, interaction id) until its keep-until
/// time; one statement per interaction (PostgreSQL takes concurrent writers), expired rows pruned at most once a minute.
/// </summary>
public sealed class PostgresSeenInteractionStore(PostgresDatabase database, TimeProvider time) : ISeenInteractionStore
{
    private readonly PruneSchedule _prune = new(time);

    public Task<bool> TryRecordAsync(string platform, string interactionId, DateTimeOffset keepUntil, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
        {
            if (_prune.IsDue(out var now))
            {
                await connection.ExecuteAsync("DELETE FROM seen_interactions WHERE keep_until < @now", token, ("@now", now)).ConfigureAwait(false);
            }

            // An expired row not yet pruned counts as unseen: the id is recorded afresh.
            return await connection.ExecuteAsync(
                """
                INSERT INTO seen_interactions (platform, id, keep_until) VALUES (@platform, @id, @until)
                ON CONFLICT (platform, id) DO UPDATE SET keep_until = excluded.keep_until WHERE seen_interactions.keep_until < @now
                """,
                token, ("@platform", platform), ("@id", interactionId), ("@until", NpgsqlCommandExtensions.Stored(keepUntil)), ("@now", now)).ConfigureAwait(false) > 0;
        }, ct);
}
