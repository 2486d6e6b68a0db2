using Airspace.Core.Search;

namespace Airspace.Benchmarks.Search;

/// <summary>
/// <c>ranking</c>: known-item queries of 2, 3 and 4 words over all 751 articles, split into halves, and the chat
/// queries' nDCG@5, for Airspace's ranking beside FTS5 AND and FTS5 OR from the same run.
/// </summary>
public static class RankingEvaluation
{
    public static async Task<IReadOnlyList<RankingScores>> RunAsync(SearchCorpus corpus, IReadOnlyList<ChatQuery> chat, Action<string> log)
    {
        var queries = KnownItemQuery.All(corpus);
        using var lucene = new TempLuceneIndex("ranking");
        await lucene.Index.RebuildAsync(corpus.Articles.ToAsyncEnumerable(), CancellationToken.None);
        var fts5Path = Path.Combine(Path.GetTempPath(), "airspace-bench", $"ranking-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(fts5Path)!);
        try
        {
            using var fts5 = new Fts5Index(fts5Path);
            fts5.Add(corpus.Articles);
            RankingSystem[] systems =
            [
                new("Airspace", q => lucene.Index.SearchAsync(new SearchQuery(q, 0, 10), CancellationToken.None)
                    .GetAwaiter().GetResult().Hits.Select(h => h.ArticleId.Value).ToList()),
                new("FTS5 AND", q => fts5.Search(q, 10, snippets: false, allWords: true)),
                new("FTS5 OR", q => fts5.Search(q, 10, snippets: false)),
            ];
            var scores = new List<RankingScores>();
            foreach (var system in systems)
            {
                log($"ranking: {system.Name}");
                scores.Add(RankingScores.Measure(system, corpus, queries, chat));
            }

            return scores;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(fts5Path)!, Path.GetFileName(fts5Path) + "*"))
            {
                File.Delete(file);
            }
        }
    }
}
