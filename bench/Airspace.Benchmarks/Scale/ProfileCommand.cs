using Airspace.Benchmarks.Search;
using Airspace.Search.Querying;

namespace Airspace.Benchmarks.Scale;

/// <summary><c>profile N</c>: where a query's CPU time goes (parse, search, snippets) on an N-article index.</summary>
public static class ProfileCommand
{
    public static async Task RunAsync(SearchCorpus corpus, int count)
    {
        using var lucene = new TempLuceneIndex("profile");
        await lucene.Index.RebuildAsync(
            Enumerable.Range(0, count).Select(i => SearchCorpus.Copy(corpus.Articles[i % corpus.Articles.Count], i + 1)).ToAsyncEnumerable(),
            CancellationToken.None);
        foreach (var (name, queries) in new[] { ("short", corpus.Queries.Select(ScaleBenchmark.ShortQuery).Take(300).ToList()), ("long", corpus.Queries.Take(300).ToList()) })
        {
            foreach (var (ranking, weights) in new[] { ("before", RankingWeights.Legacy), ("after", RankingWeights.Default) })
            {
                var b = QueryCostBreakdown.Measure(ranking, lucene.Path, weights, queries, warmup: 50);
                Console.WriteLine($"{name}, {ranking}: CPU p50 / p95 ms: parse {b.Parse.P50:F2} / {b.Parse.P95:F2}, search {b.Search.P50:F2} / {b.Search.P95:F2}, snippets {b.Snippets.P50:F2} / {b.Snippets.P95:F2}, total {b.Total.P50:F2} / {b.Total.P95:F2}");
            }
        }
    }
}
