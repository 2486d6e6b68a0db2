namespace Airspace.Feeds.Inbox;

public sealed class InboxOptions : IValidatedOptions
{
    /// <summary>The watched folder; files dropped here are imported, then moved to <c>imported/</c> or <c>failed/</c>.</summary>
    public required string Path { get; set; }

    /// <summary>Full rescans catch what file-system events miss (network shares, overflowed watcher buffers, downtime).</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A file must keep the same size and time for this long before it is read (a writer may still be copying it).</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromMilliseconds(300);

    public string? Validate() =>
        string.IsNullOrWhiteSpace(Path) ? "Airspace:Inbox:Path must not be empty."
        : RescanInterval < TimeSpan.FromMilliseconds(100) ? "Airspace:Inbox:RescanInterval must be at least 00:00:00.1."
        : SettleTime < TimeSpan.Zero || SettleTime > TimeSpan.FromMinutes(1) ? "Airspace:Inbox:SettleTime must be between 0 and 00:01:00."
        : null;
}
