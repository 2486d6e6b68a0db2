namespace Airspace.Core.Summaries;

/// <summary>
/// Every tunable number of <see cref="ExtractiveSummarizer"/>, in one place so that tuning against ROUGE changes
/// this file only. <see cref="Default"/> holds the shipped values; the benchmark project's tuner passes others.
/// Bump <see cref="AlgorithmVersion"/> whenever a change alters output.
/// </summary>
/// <remarks>
/// The defaults were learned by coordinate ascent on ROUGE-1 + ROUGE-2 F1 (IndoSum paper convention) over the first
/// 375 articles of IndoSum dev fold 1 and are reported on the other 375 (see BENCHMARKS.md and
/// <c>dotnet run -c Release --project bench/Airspace.Benchmarks -- tune</c>).
/// </remarks>
public sealed record SummaryFeatureWeights
{
    public const int AlgorithmVersion = 2;

    public static SummaryFeatureWeights Default { get; } = new();

    // Lead prior: LeadWeight × exp(-rank / LeadDecay) over the rank among usable sentences, plus a bonus for each of
    // the first three. News puts the gist first, and LEAD-3 is "surprisingly hard to beat" on IndoSum.
    public double LeadWeight { get; init; } = 0.5;
    public double LeadDecay { get; init; } = 6.0;
    public double FirstSentenceBonus { get; init; }
    public double SecondSentenceBonus { get; init; } = 0.05;
    public double ThirdSentenceBonus { get; init; } = 0.05;

    /// <summary>Share of the title's content words that the sentence contains.</summary>
    public double TitleWeight { get; init; } = 0.25;

    /// <summary>How much the sentence is about what the whole article keeps mentioning, normalised to the best one.</summary>
    public double CentroidWeight { get; init; } = 0.1;

    /// <summary>Cosine of the sentence's content words with the lead sentence's (sentences that continue the lead).</summary>
    public double LeadSimilarityWeight { get; init; }

    /// <summary>First sentence of its paragraph: paragraphs open with their point.</summary>
    public double ParagraphStartBonus { get; init; }

    /// <summary>In the article's first paragraph.</summary>
    public double FirstParagraphBonus { get; init; }

    /// <summary>Direct quotes are colour more than gist; reference summaries rarely keep them.</summary>
    public double QuotePenalty { get; init; } = 0.3;

    /// <summary>A quotation somewhere inside the sentence (not at its start).</summary>
    public double InnerQuotePenalty { get; init; }

    // Length preferences, in characters.
    public int ShortSentenceLength { get; init; } = 60;
    public double ShortSentencePenalty { get; init; } = 0.6;
    public int LongSentenceLength { get; init; } = 350;
    public double LongSentencePenalty { get; init; } = 0.15;

    // Redundancy: score minus RedundancyWeight × the highest word overlap (Jaccard) with a chosen sentence;
    // at DuplicateOverlap or above the sentence is never chosen.
    public double RedundancyWeight { get; init; } = 0.3;
    public double DuplicateOverlap { get; init; } = 0.4;

    /// <summary>Past MinSentences, a sentence is added only if its adjusted score reaches this share of the best one.</summary>
    public double ExtraSentenceRelativeScore { get; init; } = 0.4;

    /// <summary>Past MinSentences, no sentence is added once the summary is this long (characters).</summary>
    public int TargetCharacters { get; init; } = 350;
}
