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
/// </remarks>
public sealed class PostgresChatTurns(PostgresDatabase database) : IChatTurns
{
    private const int TurnClass = 0x4149_5253;

    public async Task<IAsyncDisposable> EnterAsync(string platform, string chat, CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
        var name = platform + ":" + chat;
        try
        {
            await connection.ExecuteAsync("SELECT pg_advisory_lock(@class, hashtext(@name))", ct, ("@class", TurnClass), ("@name", name)).ConfigureAwait(false);
            return new Turn(connection, name);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Turn(NpgsqlConnection connection, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@class, hashtext(@name))", CancellationToken.None, ("@class", TurnClass), ("@name", name)).ConfigureAwait(false);
            }
            finally
            {
                // Returned to the pool, whose reset also drops any session lock still held if the unlock failed.
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
