using System.Globalization;
using Airspace.Core.Search;
using Airspace.Search.Analysis;
using Airspace.Search.Querying;

namespace Airspace.Benchmarks.Search;

/// <summary>
/// <c>ranking-failures [WORDS] [HALF]</c>: why known-item queries of one length miss on one half (look only at the
/// tuning half). For each query whose article is not first: its rank, and how many query words (as typed / stemmed
/// only) the article and each article above it contain, so coordination losses show apart from BM25 order.
/// </summary>
internal static class RankingFailures
{
    public static async Task RunAsync(SearchCorpus corpus, int words, char half, RankingWeights weights)
    {
        using var lucene = new TempLuceneIndex("failures");
        await lucene.Index.RebuildAsync(corpus.Articles.ToAsyncEnumerable(), CancellationToken.None);
        var system = RankingTuner.System("shipped", lucene.Path, weights, out var owner);
        using var _ = owner;
        using var analyzers = new SearchAnalyzers();
        var exactSets = new Dictionary<long, HashSet<string>>();
        var stemSets = new Dictionary<long, HashSet<string>>();
        foreach (var a in corpus.Articles)
        {
            var text = $"{a.Title}\n{a.Body}";
            exactSets[a.Id.Value] = [.. TokenPositions.Analyze(analyzers.Exact, text).SelectMany(p => p)];
            stemSets[a.Id.Value] = [.. TokenPositions.Analyze(analyzers.Indonesian, text).SelectMany(p => p)];
        }

        var titles = corpus.Articles.ToDictionary(a => a.Id.Value, a => a.Title);
        var counts = new Dictionary<string, int>();
        var queries = KnownItemQuery.All(corpus).Where(q => q.Words == words && q.InHalfA == (half == 'A')).ToList();
        foreach (var q in queries)
        {
            var target = corpus.Articles[q.Article].Id.Value;
            var top = system.Top10(q.Text);
            var rank = top.ToList().IndexOf(target) + 1;
            var qExact = TokenPositions.Analyze(analyzers.Exact, q.Text).Select(p => p[0]).Distinct().ToList();
            var qStem = qExact.Select(w => TokenPositions.Analyze(analyzers.Indonesian, w).SelectMany(p => p).ToList()).ToList();
            string Cover(long id)
            {
                var e = qExact.Count(exactSets[id].Contains);
                var s = qExact.Select((w, i) => !exactSets[id].Contains(w) && qStem[i].Any(stemSets[id].Contains)).Count(x => x);
                return $"{e}e{s}s";
            }

            var kind = rank == 1 ? "first" : rank == 0 ? "missing" : "2-10";
            var targetCover = Cover(target);
            var aboveCovers = top.TakeWhile(id => id != target).Select(Cover).ToList();
            if (rank != 1)
            {
                var morewords = aboveCovers.Count(c => Words(c) > Words(targetCover));
                kind += morewords > 0 ? " (above has more words)" : " (same words)";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{rank}] \"{q.Text}\" → {qExact.Count} words; target {targetCover} '{titles[target]}'"));
                foreach (var id in top.TakeWhile(id => id != target).Take(3))
                {
                    Console.WriteLine($"      {Cover(id)} '{titles[id]}'");
                }
            }

            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        }

        foreach (var (kind, n) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: {n}"));
        }
    }

    private static int Words(string cover) => (cover[0] - '0') + (cover[2] - '0');
}
