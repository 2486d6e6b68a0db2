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
/// searching (matching and scoring, top 5, with the rescoring of the best hits), and the 5 hits' stored fields and highlighted snippets. Runs the product's
/// pieces directly (what <c>LuceneSearchIndex.SearchAsync</c> runs) with the given ranking weights.
/// </summary>
public sealed record QueryCostBreakdown(string Ranking, PercentileStats Parse, PercentileStats Search, PercentileStats Snippets, PercentileStats Total)
{
    internal static QueryCostBreakdown Measure(string name, string indexPath, RankingWeights weights, IReadOnlyList<string> queries, int warmup)
    {
        using var analyzers = new SearchAnalyzers();
        var compiler = new SearchQueryCompiler(analyzers, weights);
        var ranked = new RankedSearch();
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new CoordinatingBm25Similarity() };
        var fields = new HashSet<string> { SearchFields.Id, SearchFields.Stemmer, SearchFields.BodyExact };
        List<double> parse = [], search = [], snippets = [], total = [];
        foreach (var (query, i) in queries.Select((q, i) => (q, i)))
        {
            var t0 = ThreadCpuClock.NowMilliseconds();
            var compiled = compiler.Compile(query);
            var t1 = ThreadCpuClock.NowMilliseconds();
            if (compiled.Query is null)
            {
                continue;
            }

            var top = ranked.Top(searcher, compiled, includeDemo: false, 5);
            var t2 = ThreadCpuClock.NowMilliseconds();
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
                snippets.Add(t3 - t2);
                total.Add(t3 - t0);
            }
        }

        return new QueryCostBreakdown(name, PercentileStats.From(parse), PercentileStats.From(search), PercentileStats.From(snippets), PercentileStats.From(total));
    }
}
