using Airspace.Core.Summaries;
using Airspace.Core.Text;

namespace Airspace.Benchmarks.Summaries;

/// <summary>The systems the summariser is compared with, all scored by the same harness.</summary>
public static class Baselines
{
    /// <summary>The paper's LEAD-3: the first three sentences of the original tokenised release, as they are.</summary>
    public static readonly SummarySystem Lead3Paper = new(
        "LEAD-3 (paper sentences)",
        "first 3 sentences of the tokenised IndoSum release, dateline included, as in the paper",
        a => string.Join(' ', a.Article.TokenisedSentences.Take(3)));

    /// <summary>LEAD-3 on the plain text with Airspace's sentence splitter, no cleaning.</summary>
    public static readonly SummarySystem Lead3Raw = new(
        "LEAD-3 (plain text)",
        "first 3 sentences of the plain text (Airspace splitter), dateline and links included",
        a => string.Join(' ', SentenceSplitter.Split(TextNormalizer.Normalize(a.Article.Text)).Take(3)));

    /// <summary>LEAD-3 after the ingest cleaning (dateline, author tag, related links and credits removed).</summary>
    public static readonly SummarySystem Lead3Clean = new(
        "LEAD-3 (cleaned text)",
        "first 3 sentences after Airspace's dateline/credit/link cleaning",
        a => string.Join(' ', SentenceSplitter.Split(a.CleanBody).Take(3)));

    public static SummarySystem Airspace(SummaryFeatureWeights weights, string name = "Airspace extractive")
    {
        var summarizer = new ExtractiveSummarizer(new SummarizerOptions(), weights);
        return new SummarySystem(
            name,
            $"{summarizer.Version}: cleaned text, scored sentences, ≤ 600 characters",
            a => summarizer.Summarize(a.Input));
    }
}
