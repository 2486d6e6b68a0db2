namespace Airspace.Benchmarks.Corpus;

/// <summary>
/// One IndoSum article (Kurniawan &amp; Louvan 2018, CC BY-SA 4.0): plain text, its human reference summary, and the
/// sentences of the original tokenised release (the paper's LEAD-3 takes the first three of those), and the address it
/// was published at (whose slug is the article's headline).
/// </summary>
public sealed record IndoSumArticle(
    string Id,
    string Source,
    string SourceUrl,
    string Category,
    string Text,
    string Summary,
    IReadOnlyList<string> TokenisedSentences);
