using Airspace.Core.Summaries;

namespace Airspace.Benchmarks.Summaries;

/// <summary>One weight the tuner may change, with the values it tries.</summary>
public sealed record TunableParameter(
    string Name,
    IReadOnlyList<double> Values,
    Func<SummaryFeatureWeights, double> Get,
    Func<SummaryFeatureWeights, double, SummaryFeatureWeights> Set)
{
    /// <summary>
    /// Where tuning starts: the lead prior alone, every other feature off, no length target. Starting here rather
    /// than from the shipped weights keeps held-out articles from leaking into the start point.
    /// </summary>
    public static SummaryFeatureWeights NeutralStart { get; } = new()
    {
        LeadWeight = 1,
        LeadDecay = 6,
        FirstSentenceBonus = 0,
        SecondSentenceBonus = 0,
        ThirdSentenceBonus = 0,
        TitleWeight = 0,
        CentroidWeight = 0,
        LeadSimilarityWeight = 0,
        ParagraphStartBonus = 0,
        FirstParagraphBonus = 0,
        QuotePenalty = 0,
        InnerQuotePenalty = 0,
        ShortSentencePenalty = 0,
        LongSentencePenalty = 0,
        RedundancyWeight = 0,
        DuplicateOverlap = 0.85,
        ExtraSentenceRelativeScore = 0,
        TargetCharacters = 600,
    };

    public static IReadOnlyList<TunableParameter> All { get; } =
    [
        new("LeadWeight", [0.5, 1, 1.5, 2, 3], w => w.LeadWeight, (w, v) => w with { LeadWeight = v }),
        new("LeadDecay", [1, 1.5, 2, 3, 4, 6, 8, 12], w => w.LeadDecay, (w, v) => w with { LeadDecay = v }),
        new("FirstSentenceBonus", [0, 0.1, 0.2, 0.4, 0.8, 1.5], w => w.FirstSentenceBonus, (w, v) => w with { FirstSentenceBonus = v }),
        new("SecondSentenceBonus", [0, 0.05, 0.1, 0.2, 0.4], w => w.SecondSentenceBonus, (w, v) => w with { SecondSentenceBonus = v }),
        new("ThirdSentenceBonus", [0, 0.05, 0.1, 0.2, 0.4], w => w.ThirdSentenceBonus, (w, v) => w with { ThirdSentenceBonus = v }),
        new("TitleWeight", [0, 0.1, 0.25, 0.5, 1], w => w.TitleWeight, (w, v) => w with { TitleWeight = v }),
        new("CentroidWeight", [0, 0.1, 0.25, 0.5, 1], w => w.CentroidWeight, (w, v) => w with { CentroidWeight = v }),
        new("LeadSimilarityWeight", [0, 0.1, 0.25, 0.5, 1], w => w.LeadSimilarityWeight, (w, v) => w with { LeadSimilarityWeight = v }),
        new("ParagraphStartBonus", [0, 0.05, 0.1, 0.2, 0.4], w => w.ParagraphStartBonus, (w, v) => w with { ParagraphStartBonus = v }),
        new("FirstParagraphBonus", [0, 0.05, 0.1, 0.2, 0.4], w => w.FirstParagraphBonus, (w, v) => w with { FirstParagraphBonus = v }),
        new("QuotePenalty", [0, 0.1, 0.3, 0.6, 1], w => w.QuotePenalty, (w, v) => w with { QuotePenalty = v }),
        new("InnerQuotePenalty", [0, 0.05, 0.1, 0.2, 0.4], w => w.InnerQuotePenalty, (w, v) => w with { InnerQuotePenalty = v }),
        new("ShortSentencePenalty", [0, 0.05, 0.15, 0.3, 0.6], w => w.ShortSentencePenalty, (w, v) => w with { ShortSentencePenalty = v }),
        new("ShortSentenceLength", [40, 60, 80, 100], w => w.ShortSentenceLength, (w, v) => w with { ShortSentenceLength = (int)v }),
        new("LongSentencePenalty", [0, 0.05, 0.15, 0.3, 0.6], w => w.LongSentencePenalty, (w, v) => w with { LongSentencePenalty = v }),
        new("LongSentenceLength", [200, 250, 300, 350, 450], w => w.LongSentenceLength, (w, v) => w with { LongSentenceLength = (int)v }),
        new("RedundancyWeight", [0, 0.3, 0.6, 1, 2], w => w.RedundancyWeight, (w, v) => w with { RedundancyWeight = v }),
        new("DuplicateOverlap", [0.4, 0.5, 0.6, 0.7, 0.85], w => w.DuplicateOverlap, (w, v) => w with { DuplicateOverlap = v }),
        new("ExtraSentenceRelativeScore", [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], w => w.ExtraSentenceRelativeScore, (w, v) => w with { ExtraSentenceRelativeScore = v }),
        new("TargetCharacters", [250, 300, 350, 400, 450, 500, 600], w => w.TargetCharacters, (w, v) => w with { TargetCharacters = (int)v }),
    ];
}
