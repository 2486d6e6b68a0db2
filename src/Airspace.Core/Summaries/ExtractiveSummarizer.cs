using System.Globalization;

namespace Airspace.Core.Summaries;

/// <summary>
/// The default summariser: picks the article's most representative sentences, deterministic and offline.
/// </summary>
/// <remarks>
/// Sentences are scored by a strong lead prior plus overlap with the title and with the article's frequent
/// content words, minus penalties for quotes, very short or long sentences and redundancy with sentences
/// already chosen (see <see cref="SummaryFeatureWeights"/>), added until the summary reaches a target length learned
/// on IndoSum (about 350 characters). The chosen sentences are output whole, in article
/// order, within <see cref="SummarizerOptions.MaxCharacters"/>. The one exception: when no usable sentence fits
/// the limit at all (a pathological one-sentence article), the best one is cut at a clause or word boundary
/// and ends with "…".
/// </remarks>
public sealed class ExtractiveSummarizer : ISummarizer
{
    private const int DefaultMinSentences = 2;

    private static readonly string[] ClauseBoundaries = ["; ", ", ", " – ", " — ", " - "];

    private readonly int _minSentences;
    private readonly int _maxSentences;
    private readonly int _maxCharacters;
    private readonly SummaryFeatureWeights _weights;

    public ExtractiveSummarizer(SummarizerOptions options)
        : this(options, SummaryFeatureWeights.Default)
    {
    }

    /// <summary>A summariser with other weights (for tuning); its <see cref="Version"/> says ";w=custom".</summary>
    public ExtractiveSummarizer(SummarizerOptions options, SummaryFeatureWeights weights)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(weights);
        if (options.Validate() is { } error)
        {
            throw new ArgumentOutOfRangeException(nameof(options), error);
        }

        // Copied so that a later change to the options object cannot make Version lie about the output.
        _minSentences = options.MinSentences;
        _maxSentences = options.MaxSentences;
        _maxCharacters = options.MaxCharacters;
        _weights = weights;
        var version = string.Create(
            CultureInfo.InvariantCulture,
            $"extractive-{SummaryFeatureWeights.AlgorithmVersion};s={_maxSentences};c={_maxCharacters}");
        if (_minSentences != DefaultMinSentences)
        {
            version = string.Create(CultureInfo.InvariantCulture, $"{version};min={_minSentences}");
        }

        Version = weights == SummaryFeatureWeights.Default ? version : version + ";w=custom";
    }

    /// <summary>"extractive-2;s=3;c=600" for the defaults; ";min=N" is appended when MinSentences is not 2.</summary>
    public string Version { get; }

    public Task<Summary> SummarizeAsync(SummaryInput input, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(new Summary(Summarize(input), Version));
    }

    /// <summary>The summary text: whole sentences of the body in article order, or "" for an empty body.</summary>
    public string Summarize(SummaryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = SummaryCandidates.Extract(input.Body ?? string.Empty);
        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        SentenceScorer.Score(candidates, input.Title ?? string.Empty, _weights);
        var chosen = SentenceSelector.Select(candidates, _minSentences, _maxSentences, _maxCharacters, _weights);
        if (chosen.Count == 0)
        {
            var best = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Index).First();
            return Shorten(best.Text);
        }

        return string.Join(' ', chosen.OrderBy(c => c.Index).Select(c => c.Text));
    }

    private string Shorten(string sentence) =>
        TextTruncation.CutAtClause(sentence, _maxCharacters - 1, _maxCharacters / 2, ClauseBoundaries) is { } clause
            ? clause + TextTruncation.Ellipsis
            : TextTruncation.CutAtWord(sentence, _maxCharacters);
}
