using System.Globalization;
using Airspace.Core.Text;
using W = Airspace.Core.Summaries.SummaryFeatureWeights;

namespace Airspace.Core.Summaries;

/// <summary>
/// The default summariser: picks the article's most representative sentences, deterministic and offline.
/// </summary>
/// <remarks>
/// Sentences are scored by a strong lead prior plus overlap with the title and with the article's frequent
/// content words, minus penalties for quotes, very short or long sentences and redundancy with sentences
/// already chosen (see <see cref="SummaryFeatureWeights"/>). The chosen sentences are output whole, in article
/// order, within <see cref="SummarizerOptions.MaxCharacters"/>. The one exception: when no usable sentence fits
/// the limit at all (a pathological one-sentence article), the best one is cut at a clause or word boundary
/// and ends with "…".
/// </remarks>
public sealed class ExtractiveSummarizer : ISummarizer
{
    private const int MaxSentencesLimit = 10;
    private const int MinCharactersLimit = 100;
    private const int DefaultMinSentences = 2;

    private static readonly string[] ClauseBoundaries = ["; ", ", ", " – ", " — ", " - "];

    private readonly int _minSentences;
    private readonly int _maxSentences;
    private readonly int _maxCharacters;

    public ExtractiveSummarizer(SummarizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxSentences is < 1 or > MaxSentencesLimit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.MaxSentences, $"Summarizer MaxSentences must be between 1 and {MaxSentencesLimit}.");
        }

        if (options.MinSentences < 1 || options.MinSentences > options.MaxSentences)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.MinSentences, "Summarizer MinSentences must be between 1 and MaxSentences.");
        }

        if (options.MaxCharacters < MinCharactersLimit)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options), options.MaxCharacters, $"Summarizer MaxCharacters must be at least {MinCharactersLimit}.");
        }

        // Copied so that a later change to the options object cannot make Version lie about the output.
        _minSentences = options.MinSentences;
        _maxSentences = options.MaxSentences;
        _maxCharacters = options.MaxCharacters;
        var version = string.Create(
            CultureInfo.InvariantCulture, $"extractive-{W.AlgorithmVersion};s={_maxSentences};c={_maxCharacters}");
        Version = _minSentences == DefaultMinSentences
            ? version
            : string.Create(CultureInfo.InvariantCulture, $"{version};min={_minSentences}");
    }

    /// <summary>"extractive-1;s=3;c=600" for the defaults; ";min=N" is appended when MinSentences is not 2.</summary>
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
        var candidates = Candidates(input.Body ?? string.Empty);
        if (candidates.Count == 0)
        {
            return string.Empty;
        }

        Score(candidates, input.Title ?? string.Empty);
        var chosen = Select(candidates);
        if (chosen.Count == 0)
        {
            var best = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Index).First();
            return Shorten(best.Text);
        }

        return string.Join(' ', chosen.OrderBy(c => c.Index).Select(c => c.Text));
    }

    private static List<Candidate> Candidates(string body)
    {
        var good = new List<Candidate>();
        var weak = new List<Candidate>();
        var index = 0;
        var paragraphStart = 0;
        while (paragraphStart < body.Length)
        {
            var paragraphEnd = body.IndexOf('\n', paragraphStart);
            if (paragraphEnd < 0)
            {
                paragraphEnd = body.Length;
            }

            var first = true;
            foreach (var sentence in SentenceSplitter.Split(body[paragraphStart..paragraphEnd]))
            {
                var use = SentenceQuality.Classify(sentence);
                if (use != SentenceUse.Never)
                {
                    var candidate = new Candidate(index, sentence, ContentWords(sentence), first);
                    (use == SentenceUse.Good ? good : weak).Add(candidate);
                }

                first = false;
                index++;
            }

            paragraphStart = paragraphEnd + 1;
        }

        return good.Count > 0 ? good : weak;
    }

    private static void Score(List<Candidate> candidates, string title)
    {
        var titleWords = ContentWords(title);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            foreach (var word in candidate.Words)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        // Centroid: the words the article repeats (in two or more sentences) carry its topic.
        var centroid = new double[candidates.Count];
        var maxCentroid = 0.0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var words = candidates[i].Words;
            var sum = 0.0;
            foreach (var word in words)
            {
                sum += frequency[word] - 1;
            }

            centroid[i] = words.Count == 0 ? 0 : sum / Math.Sqrt(words.Count);
            maxCentroid = Math.Max(maxCentroid, centroid[i]);
        }

        for (var rank = 0; rank < candidates.Count; rank++)
        {
            var candidate = candidates[rank];
            var score = W.LeadWeight * Math.Exp(-rank / W.LeadDecay);
            if (titleWords.Count > 0)
            {
                score += W.TitleWeight * candidate.Words.Count(titleWords.Contains) / titleWords.Count;
            }

            if (maxCentroid > 0)
            {
                score += W.CentroidWeight * centroid[rank] / maxCentroid;
            }

            if (candidate.StartsParagraph)
            {
                score += W.ParagraphStartBonus;
            }

            if (SentenceQuality.StartsWithQuote(candidate.Text))
            {
                score -= W.QuotePenalty;
            }

            if (candidate.Text.Length < W.ShortSentenceLength)
            {
                score -= W.ShortSentencePenalty;
            }
            else if (candidate.Text.Length > W.LongSentenceLength)
            {
                score -= W.LongSentencePenalty;
            }

            candidate.Score = score;
        }
    }

    /// <summary>Greedy selection by score minus redundancy, within the sentence and character limits.</summary>
    private List<Candidate> Select(List<Candidate> candidates)
    {
        var chosen = new List<Candidate>(_maxSentences);
        var length = 0;
        var firstScore = 0.0;
        while (chosen.Count < _maxSentences)
        {
            Candidate? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var candidate in candidates)
            {
                var separator = chosen.Count == 0 ? 0 : 1;
                if (candidate.Chosen || length + separator + candidate.Text.Length > _maxCharacters)
                {
                    continue;
                }

                var overlap = chosen.Count == 0 ? 0 : chosen.Max(c => Jaccard(c.Words, candidate.Words));
                if (overlap >= W.DuplicateOverlap)
                {
                    continue;
                }

                var adjusted = candidate.Score - W.RedundancyWeight * overlap;
                if (adjusted > bestScore)
                {
                    best = candidate;
                    bestScore = adjusted;
                }
            }

            if (best is null)
            {
                break;
            }

            if (chosen.Count == 0)
            {
                firstScore = bestScore;
            }
            else if (chosen.Count >= _minSentences && bestScore < W.ExtraSentenceRelativeScore * firstScore)
            {
                break;
            }

            best.Chosen = true;
            length += (chosen.Count == 0 ? 0 : 1) + best.Text.Length;
            chosen.Add(best);
        }

        return chosen;
    }

    private string Shorten(string sentence) =>
        TextTruncation.CutAtClause(sentence, _maxCharacters - 1, _maxCharacters / 2, ClauseBoundaries) is { } clause
            ? clause + TextTruncation.Ellipsis
            : TextTruncation.CutAtWord(sentence, _maxCharacters);

    private static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        Words.ForEach(text, word =>
        {
            if ((word.Length >= W.MinContentWordLength || word.Any(char.IsDigit)) && !StopWords.Contains(word))
            {
                words.Add(word);
            }
        });
        return words;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private sealed class Candidate(int index, string text, HashSet<string> words, bool startsParagraph)
    {
        public int Index { get; } = index;
        public string Text { get; } = text;
        public HashSet<string> Words { get; } = words;
        public bool StartsParagraph { get; } = startsParagraph;
        public double Score { get; set; }
        public bool Chosen { get; set; }
    }
}
