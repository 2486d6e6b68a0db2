using Airspace.Core.Interactions;

namespace Airspace.Storage.Postgres;

/// <summary>
/// <see cref="ICommandRateStore"/> on PostgreSQL: one row per (platform, user) holding a generic cell rate, counted by
/// one upsert per command; the row lock serialises two replicas counting the same user. A row whose theoretical
/// arrival time has passed says nothing a missing row would not, so those are pruned at most once a minute.
/// </summary>
public sealed class PostgresCommandRateStore(PostgresDatabase database, TimeProvider time) : ICommandRateStore
{
    private readonly PruneSchedule _prune = new(time);

    public Task<CommandVerdict> TakeAsync(string platform, string user, CommandRate rate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return database.ReadAsync(async (connection, token) =>
        {
            if (_prune.IsDue(out var now))
            {
                await connection.ExecuteAsync("DELETE FROM command_rates WHERE tat < @now", token, ("@now", now)).ConfigureAwait(false);
            }

            // Generic cell rate: a command is allowed when the next theoretical arrival time, pushed one interval on,
            // stays within one window of now. SET expressions all read the row as it was before the update.
            var refused = await connection.Int64Async(
                """
                INSERT INTO command_rates (platform, user_id, tat, refused) VALUES (@platform, @user, @now + @interval, 0)
                ON CONFLICT (platform, user_id) DO UPDATE SET
                    tat = CASE WHEN GREATEST(command_rates.tat, @now) + @interval - @now <= @window THEN GREATEST(command_rates.tat, @now) + @interval ELSE command_rates.tat END,
                    refused = CASE WHEN GREATEST(command_rates.tat, @now) + @interval - @now <= @window THEN 0 ELSE command_rates.refused + 1 END
                RETURNING refused
                """,
                token, ("@platform", platform), ("@user", user), ("@now", now),
                ("@interval", (long)rate.Interval.TotalMilliseconds), ("@window", (long)rate.Window.TotalMilliseconds)).ConfigureAwait(false);
            return CommandRate.VerdictOf(refused ?? 0);
        }, ct);
    }
}
