namespace Airspace.Benchmarks.Rouge;

/// <summary>
/// ROUGE-1/2/L F1 in C#, a port of <c>bench/tools/rouge.py</c> (checked against it by the benchmark run).
/// ROUGE-1/2 count clipped n-gram overlaps as ROUGE-1.5.5 does; ROUGE-L is the LCS of the whole token sequences
/// (not ROUGE-1.5.5's summary-level union LCS), so it reads about 2 points lower than the Perl script.
/// </summary>
public static class RougeScorer
{
    public static RougeScore Score(string hypothesis, string reference, RougeFlavour flavour)
    {
        var (hyp, refTokens) = Prepare(hypothesis ?? string.Empty, reference ?? string.Empty, flavour);
        return Score(hyp, refTokens);
    }

    public static (List<string> Hypothesis, List<string> Reference) Prepare(
        string hypothesis, string reference, RougeFlavour flavour) =>
        flavour == RougeFlavour.Paper
            ? (RougeTokenizer.RougeTokens(RougeTokenizer.PaperHypothesis(hypothesis), RougeTokenizer.PaperLengthLimit),
                RougeTokenizer.RougeTokens(reference, RougeTokenizer.PaperLengthLimit))
            : (RougeTokenizer.RougeTokens(hypothesis), RougeTokenizer.RougeTokens(reference));

    public static RougeScore Score(IReadOnlyList<string> hypothesis, IReadOnlyList<string> reference) =>
        new(
            F1(Overlap(hypothesis, reference, 1), hypothesis.Count, reference.Count),
            F1(Overlap(hypothesis, reference, 2), Math.Max(0, hypothesis.Count - 1), Math.Max(0, reference.Count - 1)),
            F1(Lcs(hypothesis, reference), hypothesis.Count, reference.Count));

    private static int Overlap(IReadOnlyList<string> hypothesis, IReadOnlyList<string> reference, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= reference.Count; i++)
        {
            var gram = Gram(reference, i, n);
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }

        var overlap = 0;
        for (var i = 0; i + n <= hypothesis.Count; i++)
        {
            var gram = Gram(hypothesis, i, n);
            if (counts.TryGetValue(gram, out var left) && left > 0)
            {
                counts[gram] = left - 1;
                overlap++;
            }
        }

        return overlap;
    }

    private static string Gram(IReadOnlyList<string> tokens, int start, int n) =>
        n == 1 ? tokens[start] : string.Join('\u0001', Enumerable.Range(start, n).Select(i => tokens[i]));

    private static int Lcs(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        foreach (var x in a)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                current[j] = x == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }

    private static double F1(int overlap, int hypothesisTotal, int referenceTotal)
    {
        var precision = hypothesisTotal == 0 ? 0 : (double)overlap / hypothesisTotal;
        var recall = referenceTotal == 0 ? 0 : (double)overlap / referenceTotal;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
