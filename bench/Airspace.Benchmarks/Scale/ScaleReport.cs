namespace Airspace.Benchmarks.Scale;

/// <summary>Figures for the whole scale run.</summary>
public sealed record ScaleReport(int Articles, EngineFigures Lucene, EngineFigures Fts5, long PeakRssBytes, long RssAfterBytes, double? LoadBefore, double? LoadAfter)
{
    /// <summary>Short queries with snippets under the ranking before issue 12 (same index, same run): wall and CPU.</summary>
    public (PercentileStats Wall, PercentileStats Cpu)? BeforeShort { get; init; }

    /// <summary>Stage-by-stage CPU time of short queries, before and after.</summary>
    public IReadOnlyList<QueryCostBreakdown> Breakdown { get; init; } = [];
}

