using Airspace.Core.Interactions;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="ICommandRateStore"/> on SQLite: one row per (platform, user) holding a generic cell rate, counted by one
/// upsert per command (batched: a burst of commands is one transaction). A row whose theoretical arrival time has
/// passed says nothing a missing row would not, so those are pruned at most once a minute.
/// </summary>
public sealed class SqliteCommandRateStore : ICommandRateStore
{
    private readonly PruneSchedule _prune;
    private readonly WriteBatch<(string Platform, string User, CommandRate Rate), CommandVerdict> _batch;

    public SqliteCommandRateStore(SqliteDatabase database, TimeProvider time)
    {
        _prune = new PruneSchedule(time);
        _batch = new(database, TakeAllAsync);
    }

    public Task<CommandVerdict> TakeAsync(string platform, string user, CommandRate rate, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return _batch.WriteAsync((platform, user, rate), ct);
    }

    private async Task<CommandVerdict[]> TakeAllAsync(SqliteConnection connection, IReadOnlyList<(string Platform, string User, CommandRate Rate)> batch, CancellationToken ct)
    {
        if (_prune.IsDue(out var now))
        {
            await connection.ExecuteAsync("DELETE FROM command_rates WHERE tat < @now", ct, ("@now", now)).ConfigureAwait(false);
        }

        var verdicts = new CommandVerdict[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var (platform, user, rate) = batch[i];

            // Generic cell rate: a command is allowed when the next theoretical arrival time, pushed one interval on,
            // stays within one window of now. SET expressions all read the row as it was before the update.
            var refused = await connection.Int64Async(
                """
                INSERT INTO command_rates (platform, user_id, tat, refused) VALUES (@platform, @user, @now + @interval, 0)
                ON CONFLICT (platform, user_id) DO UPDATE SET
                    tat = CASE WHEN max(command_rates.tat, @now) + @interval - @now <= @window THEN max(command_rates.tat, @now) + @interval ELSE command_rates.tat END,
                    refused = CASE WHEN max(command_rates.tat, @now) + @interval - @now <= @window THEN 0 ELSE command_rates.refused + 1 END
                RETURNING refused
                """,
                ct, ("@platform", platform), ("@user", user), ("@now", now),
                ("@interval", (long)rate.Interval.TotalMilliseconds), ("@window", (long)rate.Window.TotalMilliseconds)).ConfigureAwait(false);
            verdicts[i] = CommandRate.VerdictOf(refused ?? 0);
        }

        return verdicts;
    }
}
