using System.Diagnostics;
using Airspace.Benchmarks.Search;
using Airspace.Search;
using Airspace.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Benchmarks.Scale;

/// <summary>
/// <c>profile N [--index DIR] [--rounds R] [--slowest K] [--short] [--shipped] [--warmup-other N] [--check]</c>: the build rate (wall and CPU) of an N-article
/// index, then where a query's CPU time goes (parse, first pass, rescoring, snippets) on it. <c>--index</c> keeps the
/// index in DIR and reuses it when it is already there (no build figures then); <c>--rounds</c> runs the queries R
/// times and counts each query's cheapest round; <c>--slowest</c> lists the K costliest short queries; <c>--short</c>
/// skips the long queries; <c>--warmup-other N</c> warms up on N other queries, then idles a second, and measures all 300; <c>--shipped</c> measures only the shipped ranking; <c>--check</c> compares the all-words-first pass with the whole disjunction first.
/// </summary>
public static class ProfileCommand
{
    public static async Task RunAsync(SearchCorpus corpus, int count, IReadOnlyList<string> options)
    {
        string? Option(string name) => options.ToList().IndexOf(name) is var i and >= 0 && i + 1 < options.Count ? options[i + 1] : null;
        var kept = Option("--index");
        var rounds = Option("--rounds") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var warmupOther = Option("--warmup-other") is { } w ? int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var slowest = Option("--slowest") is { } k ? int.Parse(k, System.Globalization.CultureInfo.InvariantCulture) : 0;
        using var temp = kept is null ? new TempLuceneIndex("profile") : null;
        var path = temp?.Path ?? Path.GetFullPath(kept!);
        if (kept is null || !Directory.Exists(path))
        {
            await BuildAsync(corpus, count, path, temp?.Index);
        }

        var kinds = new List<(string, List<string>)> { ("short", corpus.Queries.Select(ScaleBenchmark.ShortQuery).Take(300).ToList()) };
        if (!options.Contains("--short"))
        {
            kinds.Add(("long", corpus.Queries.Take(300).ToList()));
        }

        if (options.Contains("--check"))
        {
            foreach (var (name, queries) in kinds)
            {
                var differ = FirstPassCheck.Run(path, queries, RankingWeights.Default.RescoreWindow, Console.WriteLine);
                Console.WriteLine($"{name}: the all-words-first pass differs from the whole disjunction on {differ} of {queries.Count} queries");
            }
        }

        Console.WriteLine($"load average {ThreadCpuClock.LoadAverage():F2}, {rounds} round(s)");
        foreach (var (name, queries) in kinds)
        {
            foreach (var (ranking, weights) in new[]
            {
                ("before", RankingWeights.Legacy),
                ("after, whole disjunction", RankingWeights.Default with { AllWordsFirst = false }),
                ("after", RankingWeights.Default),
            })
            {
                if (options.Contains("--shipped") && ranking != "after")
                {
                    continue;
                }

                // --warmup-other N: N other queries (past the measured ones) warm the process up instead of the first 50.
                var others = warmupOther > 0
                    ? corpus.Queries.Skip(300).Select(q => name == "short" ? ScaleBenchmark.ShortQuery(q) : q).Where(q => q.Length > 0).Take(warmupOther).ToList()
                    : null;
                var b = QueryCostBreakdown.Measure(ranking, path, weights, queries, warmup: others is null ? 50 : 0, rounds, others);
                if (b.FirstRound is { } once)
                {
                    Console.WriteLine($"{name}, {ranking}, first round: {Stages(once)}");
                    var paused = once.Samples.Where(q => q.GcPause > 0).ToList();
                    var calm = PercentileStats.From(once.Samples.Where(q => q.GcPause == 0).Select(q => q.Total).ToList());
                    Console.WriteLine($"  first round: {paused.Count} queries ran a collection (pause mean {(paused.Count == 0 ? 0 : paused.Average(q => q.GcPause)):F2} ms, their total mean {(paused.Count == 0 ? 0 : paused.Average(q => q.Total)):F2} ms); the others' total p50 / p95 {calm.P50:F2} / {calm.P95:F2}");
                }

                Console.WriteLine($"{name}, {ranking}{(rounds > 1 ? $", cheapest of {rounds}" : string.Empty)}: {Stages(b)}; GCs {b.Collections}; allocated KB per query p50 / p95 {b.AllocatedKilobytes.P50:F0} / {b.AllocatedKilobytes.P95:F0}; total p50 / p95 by round: {string.Join(", ", b.RoundTotals.Select(t => $"{t.P50:F2} / {t.P95:F2}"))}");
                if (name == "short" && ranking == "after")
                {
                    Console.WriteLine($"  allocated KB per stage, mean: {string.Join(" + ", Enumerable.Range(0, 4).Select(i => b.Samples.Average(q => q.StageBytes[i]) / 1024).Select(x => x.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
                    foreach (var q in b.Samples.OrderByDescending(q => q.Total).Take(slowest))
                    {
                        Console.WriteLine($"  {q.Total,6:F2} = {q.Parse:F2} + {q.Search:F2} + {q.Rescore:F2} + {q.Snippets:F2}  {q.Hits,6} hits  {q.Bytes / 1024,5} KB ({string.Join(" + ", q.StageBytes.Select(x => x / 1024))})  {q.Query}");
                    }
                }
            }
        }

        Console.WriteLine($"load average {ThreadCpuClock.LoadAverage():F2}");
    }

    private static string Stages(QueryCostBreakdown b) =>
        $"CPU p50 / p95 ms: parse {b.Parse.P50:F2} / {b.Parse.P95:F2}, first pass {b.Search.P50:F2} / {b.Search.P95:F2}, rescoring {b.Rescore.P50:F2} / {b.Rescore.P95:F2}, snippets {b.Snippets.P50:F2} / {b.Snippets.P95:F2}, total {b.Total.P50:F2} / {b.Total.P95:F2}";

    private static async Task BuildAsync(SearchCorpus corpus, int count, string path, LuceneSearchIndex? index)
    {
        using var own = index is null
            ? new LuceneSearchIndex(Options.Create(new SearchOptions { IndexPath = path }), NullLogger<LuceneSearchIndex>.Instance)
            : null;
        var target = index ?? own!;
        var load = ThreadCpuClock.LoadAverage();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        await target.RebuildAsync(
            Enumerable.Range(0, count).Select(i => SearchCorpus.Copy(corpus.Articles[i % corpus.Articles.Count], i + 1)).ToAsyncEnumerable(),
            CancellationToken.None);
        var wall = stopwatch.Elapsed.TotalSeconds;
        process.Refresh();
        var buildCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"build: {count:N0} articles in {wall:F1} s wall ({count / wall:F0}/s), {buildCpu:F1} s CPU ({count / buildCpu:F0}/s per CPU-second), load average {load:F2} → {ThreadCpuClock.LoadAverage():F2}, peak RSS {process.PeakWorkingSet64 / 1048576} MB");
    }
}
