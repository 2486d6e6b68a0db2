using Airspace.Core.Search;

namespace Airspace.Benchmarks.Search;

/// <summary>Known-item search: each query should bring back its own article; Airspace's Lucene index vs FTS5.</summary>
public static class SearchQualityBenchmark
{
    public static async Task<SearchQualityReport> RunAsync(SearchCorpus corpus)
    {
        using var lucene = new TempLuceneIndex("quality");
        await lucene.Index.RebuildAsync(corpus.Articles.ToAsyncEnumerable(), CancellationToken.None);
        var fts5Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "airspace-bench", $"quality-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fts5Path)!);
        try
        {
            using var fts5 = new Fts5Index(fts5Path);
            fts5.Add(corpus.Articles);
            var luceneRanks = new List<int?>();
            var fts5Ranks = new List<int?>();
            var luceneShort = new List<int?>();
            var fts5Short = new List<int?>();
            for (var i = 0; i < corpus.Queries.Count; i++)
            {
                var target = corpus.Articles[i].Id.Value;
                var hits = await lucene.Index.SearchAsync(new SearchQuery(corpus.Queries[i], 0, 10), CancellationToken.None);
                luceneRanks.Add(Rank(hits.Hits.Select(h => h.ArticleId.Value), target));
                fts5Ranks.Add(Rank(fts5.Search(corpus.Queries[i], 10, snippets: false), target));
                var shortQuery = Scale.ScaleBenchmark.ShortQuery(corpus.Queries[i]);
                var shortHits = await lucene.Index.SearchAsync(new SearchQuery(shortQuery, 0, 10), CancellationToken.None);
                luceneShort.Add(Rank(shortHits.Hits.Select(h => h.ArticleId.Value), target));
                fts5Short.Add(Rank(fts5.Search(shortQuery, 10, snippets: false), target));
            }

            return new SearchQualityReport(
                corpus.Articles.Count,
                RankingMetrics.From(luceneRanks),
                RankingMetrics.From(fts5Ranks),
                RankingMetrics.From(luceneShort),
                RankingMetrics.From(fts5Short));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(System.IO.Path.GetDirectoryName(fts5Path)!, System.IO.Path.GetFileName(fts5Path) + "*"))
            {
                File.Delete(file);
            }
        }
    }

    private static int? Rank(IEnumerable<long> ids, long target)
    {
        var rank = 1;
        foreach (var id in ids)
        {
            if (id == target)
            {
                return rank;
            }

            rank++;
        }

        return null;
    }
}
