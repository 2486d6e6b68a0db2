using Airspace.Core.Interactions;

namespace Airspace.Storage.Postgres;

/// <summary>
/// <see cref="IChatTurns"/> on PostgreSQL: a session advisory lock per chat, held on a connection of its own for as
/// long as the turn lasts (a transaction-scoped lock would need a transaction open across the command's handling).
/// A replica that dies loses its connection and with it the lock, so a chat is never stuck behind a dead replica.
/// </summary>
/// <remarks>
/// The two-key lock form (its own key space, apart from the 64-bit keys of <see cref="PostgresDatabase"/>):
/// "AIRS" as the first key, PostgreSQL's own <c>hashtext</c> of platform and chat as the second. Two chats whose hashes
/// meet only take turns with each other, which is harmless.
/// <para>
/// Each turn holds a pooled connection while the command it guards needs more from the same pool, so at most a third
/// of the pool (<c>Maximum Pool Size</c>, 100 by default) is held by turns: past that, a turn waits in this process
/// for one to end, and the commands inside their turns always find a connection.
/// </para>
/// </remarks>
public sealed class PostgresChatTurns(PostgresDatabase database) : IChatTurns
{
    private const int TurnClass = 0x4149_5253;

    private readonly SemaphoreSlim _connections = new(MaxHeld(database), MaxHeld(database));

    public async Task<IAsyncDisposable> EnterAsync(string platform, string chat, CancellationToken ct)
    {
        await _connections.WaitAsync(ct).ConfigureAwait(false);
        NpgsqlConnection? connection = null;
        var name = platform + ":" + chat;
        try
        {
            connection = await database.OpenAsync(ct).ConfigureAwait(false);
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@class, hashtext(@name))", ct, ("@class", TurnClass), ("@name", name)).ConfigureAwait(false);
            return new Turn(connection, name, _connections);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            _connections.Release();
            throw;
        }
    }

    private static int MaxHeld(PostgresDatabase database) =>
        Math.Max(1, new NpgsqlConnectionStringBuilder(database.Options.ConnectionString).MaxPoolSize / 3);

    private sealed class Turn(NpgsqlConnection connection, string name, SemaphoreSlim connections) : IAsyncDisposable
    {
        private int _ended;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _ended, 1) != 0)
            {
                return;
            }

            try
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@class, hashtext(@name))", CancellationToken.None, ("@class", TurnClass), ("@name", name)).ConfigureAwait(false);
            }
            finally
            {
                // Returned to the pool, whose reset also drops any session lock still held if the unlock failed.
                await connection.DisposeAsync().ConfigureAwait(false);
                connections.Release();
            }
        }
    }
}
