using System.Diagnostics;
using Airspace.Benchmarks.Search;
using Airspace.Search.Querying;

namespace Airspace.Benchmarks.Scale;

/// <summary>
/// <c>profile N</c>: the build rate (wall and CPU) of an N-article index, then where a query's CPU time goes
/// (parse, search, snippets) on it.
/// </summary>
public static class ProfileCommand
{
    public static async Task RunAsync(SearchCorpus corpus, int count)
    {
        using var lucene = new TempLuceneIndex("profile");
        var load = ThreadCpuClock.LoadAverage();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await lucene.Index.RebuildAsync(
            Enumerable.Range(0, count).Select(i => SearchCorpus.Copy(corpus.Articles[i % corpus.Articles.Count], i + 1)).ToAsyncEnumerable(),
            CancellationToken.None);
        var wall = stopwatch.Elapsed.TotalSeconds;
        process.Refresh();
        var buildCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"build: {count:N0} articles in {wall:F1} s wall ({count / wall:F0}/s), {buildCpu:F1} s CPU ({count / buildCpu:F0}/s per CPU-second), load average {load:F2} → {ThreadCpuClock.LoadAverage():F2}");
        foreach (var (name, queries) in new[] { ("short", corpus.Queries.Select(ScaleBenchmark.ShortQuery).Take(300).ToList()), ("long", corpus.Queries.Take(300).ToList()) })
        {
            foreach (var (ranking, weights) in new[] { ("before", RankingWeights.Legacy), ("after", RankingWeights.Default) })
            {
                var b = QueryCostBreakdown.Measure(ranking, lucene.Path, weights, queries, warmup: 50);
                Console.WriteLine($"{name}, {ranking}: CPU p50 / p95 ms: parse {b.Parse.P50:F2} / {b.Parse.P95:F2}, first pass {b.Search.P50:F2} / {b.Search.P95:F2}, rescoring {b.Rescore.P50:F2} / {b.Rescore.P95:F2}, snippets {b.Snippets.P50:F2} / {b.Snippets.P95:F2}, total {b.Total.P50:F2} / {b.Total.P95:F2}");
            }
        }
    }
}
