using Airspace.Search.Analysis;
using Airspace.Search.Indexing;
using Airspace.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Airspace.Benchmarks.Scale;

/// <summary>
/// Checks that the first pass that looks among the articles with every word first (<see cref="RankingWeights.AllWordsFirst"/>)
/// finds what scoring the whole disjunction finds: the same best hits in the same order and the same number of matches.
/// </summary>
public static class FirstPassCheck
{
    /// <summary>The number of queries whose hits, order or count differ, with a line for each.</summary>
    internal static int Run(string indexPath, IReadOnlyList<string> queries, int window, Action<string> log)
    {
        using var analyzers = new SearchAnalyzers();
        var fast = new SearchQueryCompiler(analyzers, RankingWeights.Default);
        var full = new SearchQueryCompiler(analyzers, RankingWeights.Default with { AllWordsFirst = false });
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = new CoordinatingBm25Similarity() };
        var differ = 0;
        var ties = 0;
        foreach (var query in queries)
        {
            if (fast.Compile(query).FirstPass is not { } a || full.Compile(query).FirstPass is not { } b)
            {
                continue;
            }

            var x = a.Top(searcher, null, window);
            var y = b.Top(searcher, null, window);
            // Articles whose scores are equal up to float rounding (the two passes add the same group scores in a
            // different order) are ties, which either pass may list first or keep: the scores rank by rank must agree.
            var sameDocs = x.ScoreDocs.Length == y.ScoreDocs.Length
                && x.ScoreDocs.Select((d, i) => d.Doc == y.ScoreDocs[i].Doc || Near(d.Score, y.ScoreDocs[i].Score)).All(same => same);
            if (x.TotalHits != y.TotalHits || !sameDocs)
            {
                differ++;
                var firstDiff = Enumerable.Range(0, Math.Min(x.ScoreDocs.Length, y.ScoreDocs.Length)).FirstOrDefault(i => x.ScoreDocs[i].Doc != y.ScoreDocs[i].Doc, -1);
                log($"  differs: '{query}': count {x.TotalHits} vs {y.TotalHits}, first different rank {firstDiff + 1}"
                    + (firstDiff >= 0 ? $", scores {x.ScoreDocs[firstDiff].Score} vs {y.ScoreDocs[firstDiff].Score}" : string.Empty));
            }
            else if (!x.ScoreDocs.Select(d => d.Doc).SequenceEqual(y.ScoreDocs.Select(d => d.Doc)))
            {
                ties++;
            }
        }

        log($"  {ties} of {queries.Count} queries list articles with equal scores (up to float rounding) in another order");
        return differ;
    }

    private static bool Near(float a, float b) => Math.Abs(a - b) <= 1e-5f * Math.Max(Math.Abs(a), Math.Abs(b));
}
