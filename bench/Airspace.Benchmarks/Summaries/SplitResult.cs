namespace Airspace.Benchmarks.Summaries;

/// <summary>One tune/test split: which articles, the weights' origin, and the held-out results per system.</summary>
public sealed record SplitResult(string Name, string Description, IReadOnlyList<SystemResult> Results)
{
    public SystemResult Lead3 => Results.First(r => r.System == Baselines.Lead3Paper);

    public SystemResult Airspace => Results[^1];

    /// <summary>Held-out gain of the summariser over the paper's LEAD-3, ROUGE-1 and ROUGE-2 points.</summary>
    public (double Rouge1, double Rouge2) Gain =>
        ((Airspace.PaperMean.Rouge1 - Lead3.PaperMean.Rouge1) * 100, (Airspace.PaperMean.Rouge2 - Lead3.PaperMean.Rouge2) * 100);

    /// <summary>Standard error of the mean per-article ROUGE-1 difference (paired), in points.</summary>
    public double PairedStandardError
    {
        get
        {
            var diffs = Airspace.Paper.Zip(Lead3.Paper, (a, b) => (a.Rouge1 - b.Rouge1) * 100).ToList();
            var mean = diffs.Average();
            var variance = diffs.Sum(d => (d - mean) * (d - mean)) / (diffs.Count - 1);
            return Math.Sqrt(variance / diffs.Count);
        }
    }
}
