namespace Airspace.Storage.Sqlite;

/// <summary>
/// The database stayed locked by another connection or process for the whole busy timeout (a CLI verb beside a bot
/// in a long planning transaction). The message is one sentence naming the file and the setting.
/// </summary>
public sealed class StoreBusyException(string databasePath, TimeSpan waited, Exception inner)
    : StoreUnavailableException(
        $"The store {databasePath} stayed locked by another Airspace process (likely the running bot) for {waited.TotalSeconds:0.#} s; " +
        "try again in a moment, or raise Airspace:Storage:BusyTimeout.",
        inner);
