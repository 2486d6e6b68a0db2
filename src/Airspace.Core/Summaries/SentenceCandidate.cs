namespace Airspace.Core.Summaries;

/// <summary>A usable sentence of the article with what the scorer needs to know about it.</summary>
internal sealed class SentenceCandidate(int index, int paragraph, string text, HashSet<string> words, bool startsParagraph)
{
    /// <summary>Position among all sentences of the body (for output order).</summary>
    public int Index { get; } = index;

    /// <summary>Index of the paragraph (line) it is in.</summary>
    public int Paragraph { get; } = paragraph;

    public string Text { get; } = text;

    /// <summary>Lower-cased content words (no stop words).</summary>
    public HashSet<string> Words { get; } = words;

    public bool StartsParagraph { get; } = startsParagraph;

    public double Score { get; set; }

    public bool Chosen { get; set; }
}
