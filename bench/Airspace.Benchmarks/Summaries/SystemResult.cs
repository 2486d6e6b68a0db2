using Airspace.Benchmarks.Rouge;

namespace Airspace.Benchmarks.Summaries;

/// <summary>One system's summaries of a set of articles and their ROUGE (per article and mean), both flavours.</summary>
public sealed record SystemResult(
    SummarySystem System,
    IReadOnlyList<string> Hypotheses,
    IReadOnlyList<RougeScore> Paper,
    RougeScore PaperMean,
    RougeScore PlainMean,
    double MeanCharacters)
{
    public static SystemResult Run(SummarySystem system, IReadOnlyList<EvalArticle> articles)
    {
        var hypotheses = articles.Select(system.Summarize).ToList();
        var paper = articles.Select((a, i) => a.ScorePaper(hypotheses[i])).ToList();
        var plain = articles.Select((a, i) => RougeScorer.Score(hypotheses[i], a.Article.Summary, RougeFlavour.Plain)).ToList();
        return new SystemResult(
            system, hypotheses, paper, RougeScore.Mean(paper), RougeScore.Mean(plain),
            hypotheses.Count == 0 ? 0 : hypotheses.Average(h => h.Length));
    }
}
