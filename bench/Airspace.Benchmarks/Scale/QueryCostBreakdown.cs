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
    internal static QueryCostBreakdown Measure(string name, string indexPath, RankingWeights weights, IReadOnlyList<string> queries, int warmup)
    {
        using var analyzers = new SearchAnalyzers();
        var compiler = new SearchQueryCompiler(analyzers, weights);
        var ranked = new RankedSearch();
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new CoordinatingBm25Similarity(weights.Bm25K1, weights.Bm25B) };
        var fields = new HashSet<string> { SearchFields.Id, SearchFields.Stemmer, SearchFields.BodyExact };
        List<double> parse = [], search = [], rescore = [], snippets = [], total = [];
        foreach (var (query, i) in queries.Select((q, i) => (q, i)))
        {
            var t0 = ThreadCpuClock.NowMilliseconds();
            var compiled = compiler.Compile(query);
            var t1 = ThreadCpuClock.NowMilliseconds();
            if (compiled.Query is null)
            {
                continue;
            }

            // What RankedSearch.Top runs (the scale index holds no demo article), with the two passes timed apart.
            TopDocs top;
            double t2;
            if (compiled.Rescorer is { } rescorer && !compiled.SortByDate)
            {
                var first = searcher.Search(compiled.Query, null, Math.Max(5, rescorer.Window));
                t2 = ThreadCpuClock.NowMilliseconds();
                top = rescorer.Rescore(searcher, first, 5);
            }
            else
            {
                top = ranked.Top(searcher, compiled, includeDemo: false, 5);
                t2 = ThreadCpuClock.NowMilliseconds();
            }

            var t2b = ThreadCpuClock.NowMilliseconds();
            foreach (var hit in top.ScoreDocs)
            {
                var document = searcher.Doc(hit.Doc, fields);
                SnippetBuilder.Build(document.Get(SearchFields.BodyExact) ?? string.Empty, compiled.HighlightIndonesian, analyzers.SnippetsIndonesian);
            }

            var t3 = ThreadCpuClock.NowMilliseconds();
            if (i >= warmup)
            {
                parse.Add(t1 - t0);
                search.Add(t2 - t1);
                rescore.Add(t2b - t2);
                snippets.Add(t3 - t2b);
                total.Add(t3 - t0);
            }
        }

        return new QueryCostBreakdown(
            name, PercentileStats.From(parse), PercentileStats.From(search), PercentileStats.From(rescore), PercentileStats.From(snippets), PercentileStats.From(total));
    }
}
