using Airspace.Core.Summaries;

namespace Airspace.Benchmarks.Summaries;

/// <summary>
/// Learns <see cref="SummaryFeatureWeights"/> on tuning articles by coordinate ascent: each parameter in turn is set
/// to the grid value with the best mean (ROUGE-1 + ROUGE-2) / 2 F1 (paper convention), for a few rounds or until
/// nothing improves. Deterministic: fixed order, ties keep the current value.
/// </summary>
public static class WeightTuner
{
    public const int MaxRounds = 6;

    public static (SummaryFeatureWeights Weights, double Objective) Tune(
        IReadOnlyList<EvalArticle> articles, SummaryFeatureWeights start, Action<string>? log = null)
    {
        var best = start;
        var bestObjective = Objective(articles, best);
        log?.Invoke($"  start objective {bestObjective * 100:F2}");
        for (var round = 1; round <= MaxRounds; round++)
        {
            var improved = false;
            foreach (var parameter in TunableParameter.All)
            {
                foreach (var value in parameter.Values)
                {
                    if (parameter.Get(best).Equals(value))
                    {
                        continue;
                    }

                    var candidate = parameter.Set(best, value);
                    var objective = Objective(articles, candidate);
                    if (objective > bestObjective + 1e-9)
                    {
                        best = candidate;
                        bestObjective = objective;
                        improved = true;
                        log?.Invoke($"  round {round}: {parameter.Name} = {value} → {objective * 100:F2}");
                    }
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return (best, bestObjective);
    }

    public static double Objective(IReadOnlyList<EvalArticle> articles, SummaryFeatureWeights weights)
    {
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions(), weights);
        var sum = 0.0;
        foreach (var article in articles)
        {
            var score = article.ScorePaper(summarizer.Summarize(article.Input));
            sum += (score.Rouge1 + score.Rouge2) / 2;
        }

        return articles.Count == 0 ? 0 : sum / articles.Count;
    }
}
