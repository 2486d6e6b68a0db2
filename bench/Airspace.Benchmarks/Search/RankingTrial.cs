using System.Globalization;
using Airspace.Search.Querying;

namespace Airspace.Benchmarks.Search;

/// <summary>
/// <c>ranking-try SPEC…</c>: each SPEC ("ExactBoost=2,Bm25B=0.5", or "default") is the shipped weights with those knobs
/// changed; prints MRR@10 / recall@10 per query length and half and the chat queries' nDCG@5 for each, on one index.
/// For trying an idea quickly; decide on half A only.
/// </summary>
internal static class RankingTrial
{
    public static async Task RunAsync(SearchCorpus corpus, IReadOnlyList<ChatQuery> chat, IEnumerable<string> specs)
    {
        var queries = KnownItemQuery.All(corpus);
        using var lucene = new TempLuceneIndex("trial");
        await lucene.Index.RebuildAsync(corpus.Articles.ToAsyncEnumerable(), CancellationToken.None);
        foreach (var spec in specs)
        {
            var weights = Apply(RankingWeights.Default, spec);
            var system = RankingTuner.System(spec, lucene.Path, weights, out var owner);
            using (owner)
            {
                var s = RankingScores.Measure(system, corpus, queries, chat);
                var cells = KnownItemQuery.Lengths.SelectMany(n => new[] { 'A', 'B' }.Select(h => (n, h)))
                    .Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.n}{k.h} {s.KnownItem[k].MrrAt10:F3}/{s.KnownItem[k].RecallAt10:F3}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{spec,-50} meanA {s.MeanMrr('A'):F4} | {string.Join("  ", cells)} | chat {s.ChatNdcgAt5:F3}"));
            }
        }
    }

    public static RankingWeights Apply(RankingWeights weights, string spec)
    {
        foreach (var pair in spec.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair == "default")
            {
                continue;
            }

            var (name, value) = (pair.Split('=')[0], float.Parse(pair.Split('=')[1], CultureInfo.InvariantCulture));
            weights = name switch
            {
                nameof(RankingWeights.ExactBoost) => weights with { ExactBoost = value },
                nameof(RankingWeights.TitleBoost) => weights with { TitleBoost = value },
                nameof(RankingWeights.TieBreaker) => weights with { TieBreaker = value },
                nameof(RankingWeights.AllExactBoost) => weights with { AllExactBoost = value },
                nameof(RankingWeights.ProximityBoost) => weights with { ProximityBoost = value },
                nameof(RankingWeights.ProximitySlop) => weights with { ProximitySlop = (int)value },
                nameof(RankingWeights.LeadBoost) => weights with { LeadBoost = value },
                nameof(RankingWeights.LeadPositions) => weights with { LeadPositions = (int)value },
                nameof(RankingWeights.RecencyWeight) => weights with { RecencyWeight = value },
                nameof(RankingWeights.RescoreWindow) => weights with { RescoreWindow = (int)value },
                nameof(RankingWeights.Bm25K1) => weights with { Bm25K1 = value },
                nameof(RankingWeights.Bm25B) => weights with { Bm25B = value },
                _ => throw new ArgumentException($"Unknown knob '{name}'."),
            };
        }

        return weights;
    }
}
