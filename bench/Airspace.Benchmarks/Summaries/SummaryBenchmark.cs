using System.Diagnostics;
using Airspace.Benchmarks.Corpus;
using Airspace.Benchmarks.Rouge;
using Airspace.Core.Summaries;

namespace Airspace.Benchmarks.Summaries;

/// <summary>ROUGE of the summariser and the LEAD-3 baselines on split A, split B and 5 folds, plus throughput.</summary>
public static class SummaryBenchmark
{
    public const int Folds = 5;

    public static SummaryReport Run(string root, Action<string> log)
    {
        var articles = EvalArticle.Prepare(IndoSumCorpus.Load(root));
        var half = articles.Count / 2;
        var first = articles.Take(half).ToList();
        var last = articles.Skip(half).ToList();
        var shipped = Baselines.Airspace(SummaryFeatureWeights.Default, "Airspace extractive (shipped weights)");
        SummarySystem[] baselines = [Baselines.Lead3Paper, Baselines.Lead3Raw, Baselines.Lead3Clean];

        log("summaries: all articles");
        var all = baselines.Append(shipped).Select(s => SystemResult.Run(s, articles)).ToList();
        log("summaries: rouge.py cross-check");
        var pythonLead3 = PythonRougeCheck.Score(root, articles, all[0].Hypotheses);
        var pythonAirspace = PythonRougeCheck.Score(root, articles, all[^1].Hypotheses);

        var splits = new List<SplitResult>
        {
            new(
                "A",
                $"tune on the first {half} articles (file order), test on the last {last.Count}; shipped weights",
                baselines.Append(shipped).Select(s => SystemResult.Run(s, last)).ToList()),
        };

        log("summaries: split B (tuning on the last half)");
        var (weightsB, _) = WeightTuner.Tune(last, TunableParameter.NeutralStart);
        splits.Add(new SplitResult(
            "B",
            $"tune on the last {last.Count} articles in this run, test on the first {half}",
            baselines.Append(Baselines.Airspace(weightsB, "Airspace extractive (tuned on B)")).Select(s => SystemResult.Run(s, first)).ToList()));

        var folds = new List<SplitResult>();
        for (var k = 0; k < Folds; k++)
        {
            log($"summaries: fold {k + 1}/{Folds}");
            var fold = k;
            var test = articles.Where((_, i) => i % Folds == fold).ToList();
            var tune = articles.Where((_, i) => i % Folds != fold).ToList();
            var (weights, _) = WeightTuner.Tune(tune, TunableParameter.NeutralStart);
            folds.Add(new SplitResult(
                $"fold {k + 1}",
                $"articles i with i mod {Folds} = {k} held out",
                [SystemResult.Run(Baselines.Lead3Paper, test), SystemResult.Run(Baselines.Airspace(weights, "tuned"), test)]));
        }

        return new SummaryReport(articles.Count, all, pythonLead3, pythonAirspace, splits, folds, Throughput(articles));
    }

    /// <summary>Single-thread summaries per second over the whole corpus (input already cleaned, as at ingest).</summary>
    private static double Throughput(IReadOnlyList<EvalArticle> articles)
    {
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions());
        foreach (var article in articles.Take(100))
        {
            summarizer.Summarize(article.Input);
        }

        const int Rounds = 5;
        var stopwatch = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var article in articles)
            {
                summarizer.Summarize(article.Input);
            }
        }

        return Rounds * articles.Count / stopwatch.Elapsed.TotalSeconds;
    }
}
