namespace Airspace.Benchmarks.Corpus;

/// <summary>
/// One IndoSum article (Kurniawan &amp; Louvan 2018, CC BY-SA 4.0): plain text, its human reference summary, and the
/// sentences of the original tokenised release (the paper's LEAD-3 takes the first three of those).
/// </summary>
public sealed record IndoSumArticle(
    string Id,
    string Source,
    string Category,
    string Text,
    string Summary,
    IReadOnlyList<string> TokenisedSentences);
