namespace Airspace.Storage.Sqlite;

/// <summary>Where the SQLite store lives and how it waits for other writers (section <c>Airspace:Storage</c>).</summary>
public sealed class SqliteStoreOptions : IValidatedOptions
{
    public const string SectionName = "Airspace:Storage";

    /// <summary>Path of the database file; its directory is created when missing.</summary>
    public required string DatabasePath { get; set; }

    /// <summary>
    /// How long a write waits for another connection or process holding the write lock (a CLI verb beside a bot in a
    /// long planning transaction); after that the verb says so and exits 3.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Connection pooling; tests turn it off so the file is released as soon as a store is done with it.</summary>
    public bool Pooling { get; set; } = true;

    public string? Validate() =>
        string.IsNullOrWhiteSpace(DatabasePath) ? "Airspace:Storage:DatabasePath must name the SQLite database file."
        : BusyTimeout < TimeSpan.Zero || BusyTimeout.TotalMilliseconds > int.MaxValue ? "Airspace:Storage:BusyTimeout must be a non-negative duration such as 00:00:05."
        : null;
}
