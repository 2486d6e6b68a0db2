using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// With the embedded store exactly one bot owns a data folder: it releases any other claim holder's claims at
/// start-up as dead, which is only safe if no other bot sends from the same outbox. An OS lock on
/// <c>airspace.lock</c>, held for the life of the bot, enforces that; the kernel drops it when the process dies,
/// however it dies, so a crash never leaves the folder locked. The owner's pid goes to <c>airspace.owner</c> beside
/// it (the locked file cannot be read by others on every OS), only to name the other process in the refusal.
/// <c>run</c> takes the database file the same way (<see cref="TryAcquireDatabase"/>), as it may live elsewhere.
/// One-shot verbs (import, search, subscriptions…) take no lock and work beside a running bot.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string LockFileName = "airspace.lock";
    public const string OwnerFileName = "airspace.owner";

    private readonly FileStream _lock;

    private DataFolderLock(FileStream held, string folder)
    {
        _lock = held;
        Folder = folder;
    }

    /// <summary>The full path of the owned folder (or database file).</summary>
    public string Folder { get; }

    /// <summary>
    /// Takes the folder (creating it if needed), or returns false with one sentence naming the folder and the process
    /// that owns it. Other I/O failures (a file in the folder's place, no permission) throw.
    /// </summary>
    public static bool TryAcquire(string folder, [NotNullWhen(true)] out DataFolderLock? held, [NotNullWhen(false)] out string? refusal)
    {
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        return TryLock(
            Path.Combine(folder, LockFileName), Path.Combine(folder, OwnerFileName), folder, out held, out refusal,
            owner => $"Another Airspace bot ({owner}) is already running on the data folder '{folder}'; stop it first, or give this one its own folder with --data.");
    }

    /// <summary>
    /// Takes the database file itself, with <c>&lt;db&gt;.lock</c> and <c>&lt;db&gt;.owner</c> beside it: two bots with
    /// different data folders but the same <c>Airspace:Storage:DatabasePath</c> would otherwise release each other's
    /// live claims. Returns false with one sentence naming the database and the process that owns it.
    /// </summary>
    public static bool TryAcquireDatabase(string databasePath, [NotNullWhen(true)] out DataFolderLock? held, [NotNullWhen(false)] out string? refusal)
    {
        databasePath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        return TryLock(
            databasePath + ".lock", databasePath + ".owner", databasePath, out held, out refusal,
            owner => $"Another Airspace bot ({owner}) is already running on the database '{databasePath}'; stop it first, or give this one its own Airspace:Storage:DatabasePath.");
    }

    private static bool TryLock(
        string lockPath, string ownerPath, string locked, [NotNullWhen(true)] out DataFolderLock? held, [NotNullWhen(false)] out string? refusal,
        Func<string, string> refuse)
    {
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows: both end with the process.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException) when (File.Exists(lockPath))
        {
            held = null;
            refusal = refuse(Describe(ownerPath));
            return false;
        }

        try
        {
            File.WriteAllText(ownerPath, string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} on {Environment.MachineName}\n"));
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        held = new DataFolderLock(stream, locked);
        refusal = null;
        return true;
    }

    public void Dispose()
    {
        // The owner file is left behind on purpose: deleting it could race a successor that just wrote its own.
        _lock.Dispose();
    }

    private static string Describe(string ownerPath)
    {
        try
        {
            var text = File.ReadAllText(ownerPath).Trim();
            return text.Length is > 0 and < 200 ? text : "pid unknown";
        }
        catch (IOException)
        {
            return "pid unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "pid unknown";
        }
    }
}
