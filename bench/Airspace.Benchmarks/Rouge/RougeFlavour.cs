namespace Airspace.Benchmarks.Rouge;

/// <summary>How hypothesis and reference are prepared before counting (see <see cref="RougeScorer"/>).</summary>
public enum RougeFlavour
{
    /// <summary>
    /// The IndoSum paper's convention (pythonrouge / ROUGE-1.5.5, no stemming, <c>-l 100</c>): the hypothesis is
    /// lowercased, punctuation tokens are dropped and every digit becomes 0; the reference is left raw; both are
    /// then tokenised the ROUGE-1.5.5 way and cut to their first 100 tokens.
    /// </summary>
    Paper,

    /// <summary>Both sides lowercased and tokenised the ROUGE-1.5.5 way; no digit rewriting, no length cut.</summary>
    Plain,
}
