using Airspace.Search.Analysis;
using Airspace.Search.Indexing;
using Airspace.Search.Querying;
using Airspace.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Airspace.Benchmarks.Scale;

/// <summary>
/// Where a query's CPU time goes, stage by stage, on the querying thread: parsing and building the Lucene query,
/// searching (the first pass: matching and scoring the word groups, keeping the best <see cref="RankingWeights.RescoreWindow"/>),
/// rescoring those (the phrase, lead, all-words and recency preferences), and the 5 hits' stored fields and highlighted snippets. Runs the product's
/// pieces directly (what <c>LuceneSearchIndex.SearchAsync</c> runs) with the given ranking weights.
/// </summary>
public sealed record QueryCostBreakdown(
    string Ranking, PercentileStats Parse, PercentileStats Search, PercentileStats Rescore, PercentileStats Snippets, PercentileStats Total)
{
    /// <summary>The measured queries one by one (after warm-up), in query order; <see cref="Measure"/> leaves it empty unless asked.</summary>
    public IReadOnlyList<QueryCost> Samples { get; init; } = [];

    /// <summary>The same figures from the first round alone (every query timed once), when there were several rounds.</summary>
    public QueryCostBreakdown? FirstRound { get; init; }

    /// <summary>Each round's total CPU time (p50 / p95), in order: a first round far above the others is the index's cold pages, not noise.</summary>
    public IReadOnlyList<PercentileStats> RoundTotals { get; init; } = [];

    /// <summary>Bytes allocated on the querying thread per query (p50 / p95 in kilobytes, in the Millisecond fields), from the first round.</summary>
    public PercentileStats AllocatedKilobytes { get; init; }

    /// <summary>Garbage collections (generation 0, 1, 2) during the measured queries.</summary>
    public (int Gen0, int Gen1, int Gen2) Collections { get; init; }

    /// <summary>
    /// Runs every query <paramref name="rounds"/> times (after <paramref name="warmup"/> warm-up queries) and keeps, per
    /// query and stage, the round with the lowest total: the repeat rounds take out the time lost to other processes'
    /// cache and scheduler noise on a shared machine, not the query's own cost. <paramref name="warmupQueries"/>, when
    /// given, are run first (other queries than the measured ones), then the thread idles a second, as a bot does
    /// between chat queries, so the JIT's optimised code is in place (a cold process's first hundreds of queries run
    /// partly unoptimised code, and the compilation itself is on the querying thread).
    /// </summary>
    internal static QueryCostBreakdown Measure(
        string name, string indexPath, RankingWeights weights, IReadOnlyList<string> queries, int warmup, int rounds = 1, IReadOnlyList<string>? warmupQueries = null)
    {
        using var analyzers = new SearchAnalyzers();
        var compiler = new SearchQueryCompiler(analyzers, weights);
        var ranked = new RankedSearch();
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new CoordinatingBm25Similarity(weights.Bm25K1, weights.Bm25B) };
        var fields = new HashSet<string> { SearchFields.Id, SearchFields.Stemmer, SearchFields.BodyExact };
        foreach (var query in queries.Take(warmup))
        {
            Run(query);
        }

        if (warmupQueries is not null)
        {
            foreach (var query in warmupQueries)
            {
                Run(query);
            }

            Thread.Sleep(TimeSpan.FromSeconds(1));
        }

        var gc = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var best = new QueryCost?[queries.Count - Math.Min(warmup, queries.Count)];
        List<QueryCost> first = [];
        List<PercentileStats> roundTotals = [];
        for (var round = 0; round < Math.Max(1, rounds); round++)
        {
            List<double> totals = [];
            for (var i = warmup; i < queries.Count; i++)
            {
                var cost = Run(queries[i]);
                if (cost is not null)
                {
                    totals.Add(cost.Total);
                }

                if (cost is not null && round == 0)
                {
                    first.Add(cost);
                }

                if (cost is not null && (best[i - warmup] is not { } seen || cost.Total < seen.Total))
                {
                    best[i - warmup] = cost;
                }
            }

            roundTotals.Add(PercentileStats.From(totals));
        }

        var collections = (GC.CollectionCount(0) - gc.Item1, GC.CollectionCount(1) - gc.Item2, GC.CollectionCount(2) - gc.Item3);
        return Summarise(name, best.OfType<QueryCost>().ToList()) with
        {
            Collections = collections,
            FirstRound = rounds > 1 ? Summarise(name, first) : null,
            RoundTotals = roundTotals,
            AllocatedKilobytes = PercentileStats.From(first.Select(c => c.Bytes / 1024.0).ToList()),
        };

        static QueryCostBreakdown Summarise(string name, List<QueryCost> samples)
        {
            List<double> Of(Func<QueryCost, double> stage) => samples.Select(stage).ToList();
            return new QueryCostBreakdown(
                name,
                PercentileStats.From(Of(c => c.Parse)),
                PercentileStats.From(Of(c => c.Search)),
                PercentileStats.From(Of(c => c.Rescore)),
                PercentileStats.From(Of(c => c.Snippets)),
                PercentileStats.From(Of(c => c.Total)))
            {
                Samples = samples,
            };
        }

        QueryCost? Run(string query)
        {
            var pause = GC.GetTotalPauseDuration();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var t0 = ThreadCpuClock.NowMilliseconds();
            var compiled = compiler.Compile(query);
            var t1 = ThreadCpuClock.NowMilliseconds();
            var b1 = GC.GetAllocatedBytesForCurrentThread();
            if (compiled.Query is null)
            {
                return null;
            }

            // What RankedSearch.Top runs (the scale index holds no demo article), with the two passes timed apart.
            TopDocs top;
            double t2;
            long b2;
            if (compiled.Rescorer is { } rescorer && compiled.FirstPass is { } pass)
            {
                var first = pass.Top(searcher, null, Math.Max(5, rescorer.Window));
                t2 = ThreadCpuClock.NowMilliseconds();
                b2 = GC.GetAllocatedBytesForCurrentThread();
                top = rescorer.Rescore(searcher, first, 5);
            }
            else
            {
                top = ranked.Top(searcher, compiled, includeDemo: false, 5);
                t2 = ThreadCpuClock.NowMilliseconds();
                b2 = GC.GetAllocatedBytesForCurrentThread();
            }

            var t2b = ThreadCpuClock.NowMilliseconds();
            var b3 = GC.GetAllocatedBytesForCurrentThread();
            foreach (var hit in top.ScoreDocs)
            {
                var document = searcher.Doc(hit.Doc, fields);
                SnippetBuilder.Build(document.Get(SearchFields.BodyExact) ?? string.Empty, compiled.HighlightIndonesian, analyzers.SnippetsIndonesian);
            }

            var t3 = ThreadCpuClock.NowMilliseconds();
            var b4 = GC.GetAllocatedBytesForCurrentThread();
            return new QueryCost(query, t1 - t0, t2 - t1, t2b - t2, t3 - t2b, t3 - t0, top.TotalHits, b4 - bytes)
            {
                StageBytes = [b1 - bytes, b2 - b1, b3 - b2, b4 - b3],
                GcPause = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
            };
        }
    }
}
