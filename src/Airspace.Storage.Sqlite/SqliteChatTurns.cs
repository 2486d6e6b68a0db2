using Airspace.Core.Interactions;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="IChatTurns"/> for the embedded store: one process owns a data folder (its lock file), so a chat's turn
/// is a lock in this process, shared by every handle on the same database file. A lock lives only while someone holds
/// or waits for it, so the table stays as small as the chats in flight.
/// </summary>
public sealed class SqliteChatTurns(SqliteDatabase database) : IChatTurns
{
    private static readonly Dictionary<string, Entry> Locks = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> EnterAsync(string platform, string chat, CancellationToken ct)
    {
        var name = database.DatabasePath + "\n" + platform + ":" + chat;
        Entry entry;
        lock (Locks)
        {
            if (!Locks.TryGetValue(name, out entry!))
            {
                entry = new Entry();
                Locks[name] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            Leave(name, entry, release: false);
            throw;
        }

        return new Turn(() => Leave(name, entry, release: true));
    }

    private static void Leave(string name, Entry entry, bool release)
    {
        lock (Locks)
        {
            if (release)
            {
                entry.Gate.Release();
            }

            if (--entry.Users == 0)
            {
                Locks.Remove(name);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Turn(Action leave) : IAsyncDisposable
    {
        private int _left;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                leave();
            }

            return ValueTask.CompletedTask;
        }
    }
}
