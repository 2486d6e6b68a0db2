namespace Airspace.Benchmarks.Search;

/// <summary>
/// One system's known-item metrics per query length and half (A = even articles, B = odd ones), and its mean nDCG@5
/// over the chat queries.
/// </summary>
public sealed record RankingScores(
    string System,
    IReadOnlyDictionary<(int Words, char Half), RankingMetrics> KnownItem,
    double ChatNdcgAt5,
    IReadOnlyList<double> ChatNdcgPerQuery)
{
    public static RankingScores Measure(RankingSystem system, SearchCorpus corpus, IReadOnlyList<KnownItemQuery> queries, IReadOnlyList<ChatQuery> chat)
    {
        var ranks = new Dictionary<(int, char), List<int?>>();
        foreach (var query in queries)
        {
            var target = corpus.Articles[query.Article].Id.Value;
            var rank = system.Top10(query.Text).Select((id, i) => (id, i)).FirstOrDefault(x => x.id == target, (0, -1)).Item2;
            var key = (query.Words, query.InHalfA ? 'A' : 'B');
            if (!ranks.TryGetValue(key, out var list))
            {
                ranks[key] = list = [];
            }

            list.Add(rank < 0 ? null : rank + 1);
        }

        var keyOf = corpus.Articles.Select((a, i) => (a.Id.Value, corpus.Keys[i])).ToDictionary(x => x.Value, x => x.Item2);
        var ndcg = chat.Select(q => q.NdcgAt5(system.Top10(q.Text).Select(id => keyOf.GetValueOrDefault(id, string.Empty)))).ToList();
        return new RankingScores(
            system.Name,
            ranks.ToDictionary(kv => kv.Key, kv => RankingMetrics.From(kv.Value)),
            ndcg.Count == 0 ? 0 : ndcg.Average(),
            ndcg);
    }

    /// <summary>Mean MRR@10 over the query lengths on one half: the tuning objective.</summary>
    public double MeanMrr(char half) => KnownItemQuery.Lengths.Average(n => KnownItem[(n, half)].MrrAt10);
}
