using System.Globalization;
using Airspace.Core.Search;
using Airspace.Search;
using Airspace.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Airspace.Benchmarks.Search;

/// <summary>
/// Coordinate descent over a few values of each <see cref="RankingWeights"/> knob, maximising the mean MRR@10 (2, 3 and
/// 4 words) of one half's known-item queries only; the other half is the held-out check.
/// </summary>
internal static class RankingTuner
{
    private static readonly (string Name, float[] Values, Func<RankingWeights, float, RankingWeights> Set)[] Knobs =
    [
        ("ExactBoost", [1f, 1.5f, 2f, 3f, 5f], (w, v) => w with { ExactBoost = v }),
        ("TitleBoost", [1f, 2f, 3f, 5f], (w, v) => w with { TitleBoost = v }),
        ("TieBreaker", [0.1f, 0.3f, 0.6f, 1f], (w, v) => w with { TieBreaker = v }),
        ("AllExactBoost", [0f, 0.5f, 1f, 2f], (w, v) => w with { AllExactBoost = v }),
        ("ProximityBoost", [0f, 2f, 4f, 8f, 16f], (w, v) => w with { ProximityBoost = v }),
        ("ProximitySlop", [0f, 1f, 2f, 4f], (w, v) => w with { ProximitySlop = (int)v }),
        ("LeadBoost", [0f, 4f, 8f, 16f, 32f], (w, v) => w with { LeadBoost = v }),
        ("LeadPositions", [10f, 20f, 40f], (w, v) => w with { LeadPositions = (int)v }),
    ];

    public static RankingWeights Tune(string indexPath, SearchCorpus corpus, IReadOnlyList<KnownItemQuery> queries, char half, Action<string> log)
    {
        var mine = queries.Where(q => q.InHalfA == (half == 'A')).ToList();
        var best = RankingWeights.Default;
        var bestScore = Score(indexPath, corpus, mine, best, half);
        foreach (var (name, values, set) in Knobs)
        {
            foreach (var value in values)
            {
                var candidate = set(best, value);
                if (candidate == best)
                {
                    continue;
                }

                var score = Score(indexPath, corpus, mine, candidate, half);
                if (score > bestScore + 0.0005)
                {
                    (best, bestScore) = (candidate, score);
                }
            }

            log(string.Create(CultureInfo.InvariantCulture, $"tune {half}: after {name}: {bestScore:F4} {Describe(best)}"));
        }

        return best;
    }

    /// <summary>Weights written as "exact,title,tie-breaker,all-exact,proximity,slop[,lead[,lead words]]" (a tuning run's result, replayed).</summary>
    public static RankingWeights Parse(string text)
    {
        var v = text.Split(',').Select(x => float.Parse(x, CultureInfo.InvariantCulture)).ToArray();
        return RankingWeights.Default with
        {
            ExactBoost = v[0], TitleBoost = v[1], TieBreaker = v[2], AllExactBoost = v[3], ProximityBoost = v[4], ProximitySlop = (int)v[5],
            LeadBoost = v.Length > 6 ? v[6] : 0f, LeadPositions = v.Length > 7 ? (int)v[7] : RankingWeights.Default.LeadPositions,
        };
    }

    public static string Describe(RankingWeights w) => string.Create(
        CultureInfo.InvariantCulture,
        $"exact {w.ExactBoost}, title {w.TitleBoost}, tie-breaker {w.TieBreaker}, all-exact {w.AllExactBoost}, proximity {w.ProximityBoost} (slop {w.ProximitySlop}), lead {w.LeadBoost} (first {w.LeadPositions} words), recency {w.RecencyWeight}");

    /// <summary>A read-only view of the built index with other weights (no writer is opened for searching).</summary>
    public static RankingSystem System(string name, string indexPath, RankingWeights weights, out IDisposable owner)
    {
        var index = new LuceneSearchIndex(Options.Create(new SearchOptions { IndexPath = indexPath }), NullLogger<LuceneSearchIndex>.Instance, weights);
        owner = index;
        return new RankingSystem(name, q => index.SearchAsync(new SearchQuery(q, 0, 10), CancellationToken.None)
            .GetAwaiter().GetResult().Hits.Select(h => h.ArticleId.Value).ToList());
    }

    private static double Score(string indexPath, SearchCorpus corpus, IReadOnlyList<KnownItemQuery> queries, RankingWeights weights, char half)
    {
        var system = System("candidate", indexPath, weights, out var owner);
        using (owner)
        {
            return RankingScores.Measure(system, corpus, queries, []).MeanMrr(half);
        }
    }
}
