namespace Airspace.Benchmarks.Rouge;

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L F1 of one pair (0..1), or a corpus mean.</summary>
public readonly record struct RougeScore(double Rouge1, double Rouge2, double RougeL)
{
    public static RougeScore Mean(IReadOnlyCollection<RougeScore> scores) =>
        scores.Count == 0
            ? default
            : new RougeScore(scores.Average(s => s.Rouge1), scores.Average(s => s.Rouge2), scores.Average(s => s.RougeL));
}
