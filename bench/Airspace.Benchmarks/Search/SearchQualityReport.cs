namespace Airspace.Benchmarks.Search;

/// <summary>MRR@10 and recall@10 of each engine, for whole-sentence queries and for short keyword queries.</summary>
public sealed record SearchQualityReport(int Articles, RankingMetrics Lucene, RankingMetrics Fts5, RankingMetrics LuceneShort, RankingMetrics Fts5Short);

