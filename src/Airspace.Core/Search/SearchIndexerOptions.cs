namespace Airspace.Core.Search;

public sealed class SearchIndexerOptions : IValidatedOptions
{
    /// <summary>How often the store is polled for articles written by other processes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 500;

    public string? Validate() =>
        BatchSize is < 1 or > 10_000 ? "Airspace:Search:Indexer:BatchSize must be between 1 and 10000."
        : PollInterval < TimeSpan.FromMilliseconds(50) ? "Airspace:Search:Indexer:PollInterval must be at least 00:00:00.05."
        : null;
}
