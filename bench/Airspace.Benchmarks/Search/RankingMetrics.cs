namespace Airspace.Benchmarks.Search;

/// <summary>Known-item metrics: MRR@10 (mean of 1/rank of the article, 0 past rank 10) and recall@10.</summary>
public readonly record struct RankingMetrics(double MrrAt10, double RecallAt10, int Queries)
{
    public static RankingMetrics From(IReadOnlyList<int?> ranks) => new(
        ranks.Average(r => r is { } k && k <= 10 ? 1.0 / k : 0),
        ranks.Average(r => r is { } k && k <= 10 ? 1.0 : 0),
        ranks.Count);
}
