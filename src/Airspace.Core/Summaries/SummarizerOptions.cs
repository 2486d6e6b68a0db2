namespace Airspace.Core.Summaries;

/// <summary>Limits for <see cref="ExtractiveSummarizer"/> (section <c>Airspace:Summarizer</c>).</summary>
public sealed class SummarizerOptions : IValidatedOptions
{
    /// <summary>The most sentences a summary may ask for.</summary>
    public const int MaxSentencesLimit = 10;

    /// <summary>The shortest length limit: below it a single sentence rarely fits.</summary>
    public const int MinCharactersLimit = 100;

    /// <summary>At most this many sentences (1–10).</summary>
    public int MaxSentences { get; set; } = 3;

    /// <summary>At least this many sentences when the article has them and they fit (1–<see cref="MaxSentences"/>).</summary>
    public int MinSentences { get; set; } = 2;

    /// <summary>Length limit of the summary text, at least 100.</summary>
    public int MaxCharacters { get; set; } = 600;

    public string? Validate() =>
        MaxSentences is < 1 or > MaxSentencesLimit ? $"Airspace:Summarizer:MaxSentences must be between 1 and {MaxSentencesLimit}."
        : MinSentences < 1 || MinSentences > MaxSentences ? "Airspace:Summarizer:MinSentences must be between 1 and MaxSentences."
        : MaxCharacters < MinCharactersLimit ? $"Airspace:Summarizer:MaxCharacters must be at least {MinCharactersLimit}."
        : null;
}
