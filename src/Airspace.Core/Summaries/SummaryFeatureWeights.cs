namespace Airspace.Core.Summaries;

/// <summary>
/// Every tunable number of <see cref="ExtractiveSummarizer"/>, in one place so that tuning against ROUGE changes
/// this file only. Bump <see cref="AlgorithmVersion"/> when a change alters output.
/// </summary>
internal static class SummaryFeatureWeights
{
    public const int AlgorithmVersion = 1;

    // Lead prior: exp(-rank / LeadDecay) over the rank among usable sentences. News puts the gist first and
    // LEAD-3 is a strong baseline on IndoSum, so this dominates. (First look on IndoSum dev fold 1, ROUGE-1/2 F1:
    // LEAD-3 0.670/0.603, these weights 0.704/0.638; LeadDecay 1.5 fell below LEAD-3.)
    public const double LeadWeight = 1.0;
    public const double LeadDecay = 6.0;

    // Share of the title's content words that the sentence contains.
    public const double TitleWeight = 0.25;

    // How much the sentence is about what the whole article keeps mentioning (frequent content words),
    // normalised to the best sentence.
    public const double CentroidWeight = 0.25;

    // First sentence of its paragraph: paragraphs open with their point.
    public const double ParagraphStartBonus = 0.05;

    // Direct quotes are colour more than gist; reference summaries rarely keep them.
    public const double QuotePenalty = 0.3;

    // Length preferences, in characters.
    public const int ShortSentenceLength = 60;
    public const double ShortSentencePenalty = 0.15;
    public const int LongSentenceLength = 350;
    public const double LongSentencePenalty = 0.15;

    // Redundancy: score minus RedundancyWeight × the highest word overlap (Jaccard) with a chosen sentence;
    // at DuplicateOverlap or above the sentence is never chosen.
    public const double RedundancyWeight = 0.6;
    public const double DuplicateOverlap = 0.7;

    // Past MinSentences, a sentence is added only if its adjusted score reaches this share of the best score.
    public const double ExtraSentenceRelativeScore = 0.3;

    // Junk: sentences shorter than this, or with fewer words, are used only when nothing else is left.
    public const int MinSentenceLength = 25;
    public const int MinSentenceWords = 4;

    // A content word is at least this long (or contains a digit) and is not a stop word.
    public const int MinContentWordLength = 3;
}
