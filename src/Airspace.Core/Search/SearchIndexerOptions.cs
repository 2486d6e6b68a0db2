namespace Airspace.Core.Search;

public sealed class SearchIndexerOptions
{
    /// <summary>How often the store is polled for articles written by other processes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 500;
}
