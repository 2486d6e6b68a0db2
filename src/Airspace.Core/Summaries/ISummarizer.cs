namespace Airspace.Core.Summaries;

/// <summary>Produces the short summary stored with each article. Implementations must be safe to call concurrently.</summary>
public interface ISummarizer
{
    /// <summary>Identifies the algorithm and its settings; stored with each summary.</summary>
    string Version { get; }

    Task<Summary> SummarizeAsync(SummaryInput input, CancellationToken ct);
}
