namespace Airspace.Core.Summaries;

/// <summary>Limits for <see cref="ExtractiveSummarizer"/>.</summary>
public sealed class SummarizerOptions
{
    /// <summary>At most this many sentences (1–10).</summary>
    public int MaxSentences { get; set; } = 3;

    /// <summary>At least this many sentences when the article has them and they fit (1–<see cref="MaxSentences"/>).</summary>
    public int MinSentences { get; set; } = 2;

    /// <summary>Length limit of the summary text, at least 100.</summary>
    public int MaxCharacters { get; set; } = 600;
}
