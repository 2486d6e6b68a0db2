using Airspace.Core.Search;
using Airspace.Search.Querying;

namespace Airspace.Benchmarks.Search;

/// <summary>
/// <c>ranking</c>: known-item queries of 2, 3 and 4 words over all 751 articles, split into halves, and the chat
/// queries' nDCG@5, for Airspace's ranking beside FTS5 AND and FTS5 OR from the same run.
/// </summary>
internal static class RankingEvaluation
{
    /// <summary>
    /// Scores before (<see cref="RankingWeights.Legacy"/>) and after (the shipped <see cref="RankingWeights.Default"/>),
    /// FTS5 AND and OR; also the weights tuned on each half (read each on the other half), tuned here for the halves in
    /// <paramref name="tune"/> ("A", "B", "AB" or empty).
    /// </summary>
    /// <remarks>
    /// Tuning is slow on a shared machine, so a tuning run's results can be replayed instead:
    /// <paramref name="tunedA"/> / <paramref name="tunedB"/> are the weights a <c>--tune</c> run chose on each half.
    /// </remarks>
    public static async Task<(IReadOnlyList<RankingScores> Scores, string? Tuning)> RunAsync(
        SearchCorpus corpus, IReadOnlyList<ChatQuery> chat, string tune, RankingWeights? tunedA, RankingWeights? tunedB, Action<string> log)
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
            var owners = new List<IDisposable>();
            var systems = new List<RankingSystem>
            {
                RankingTuner.System("Airspace before", lucene.Path, RankingWeights.Legacy, out var legacy),
                new("Airspace", q => lucene.Index.SearchAsync(new SearchQuery(q, 0, 10), CancellationToken.None)
                    .GetAwaiter().GetResult().Hits.Select(h => h.ArticleId.Value).ToList()),
            };
            owners.Add(legacy);
            string? tuning = null;
            if (tune.Contains('A', StringComparison.Ordinal))
            {
                tunedA = RankingTuner.Tune(lucene.Path, corpus, queries, 'A', log);
            }

            if (tune.Contains('B', StringComparison.Ordinal))
            {
                tunedB = RankingTuner.Tune(lucene.Path, corpus, queries, 'B', log);
            }

            if (tunedA is not null && tunedB is not null)
            {
                systems.Add(RankingTuner.System("tuned on A", lucene.Path, tunedA, out var a));
                systems.Add(RankingTuner.System("tuned on B", lucene.Path, tunedB, out var b));
                owners.Add(a);
                owners.Add(b);
                tuning = $"Tuning (coordinate descent over a few values per knob, objective: mean MRR@10 of one half): tuned on A → {RankingTuner.Describe(tunedA)}; tuned on B → {RankingTuner.Describe(tunedB)}; shipped (`RankingWeights.Default`) → {RankingTuner.Describe(RankingWeights.Default)}. Read \"tuned on A\" on half B and \"tuned on B\" on half A.";
            }

            systems.Add(new("FTS5 AND", q => fts5.Search(q, 10, snippets: false, allWords: true)));
            systems.Add(new("FTS5 OR", q => fts5.Search(q, 10, snippets: false)));
            try
            {
                var scores = new List<RankingScores>();
                foreach (var system in systems)
                {
                    log($"ranking: {system.Name}");
                    scores.Add(RankingScores.Measure(system, corpus, queries, chat));
                }

                return (scores, tuning);
            }
            finally
            {
                owners.ForEach(o => o.Dispose());
            }
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
