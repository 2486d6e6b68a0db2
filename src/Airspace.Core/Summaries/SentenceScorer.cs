namespace Airspace.Core.Summaries;

/// <summary>Scores each candidate as a weighted sum of position, topic and form features.</summary>
internal static class SentenceScorer
{
    public static void Score(List<SentenceCandidate> candidates, string title, SummaryFeatureWeights w)
    {
        var titleWords = ContentWords.Of(title);
        var centroid = Centroid(candidates);
        var lead = candidates[0];
        for (var rank = 0; rank < candidates.Count; rank++)
        {
            var candidate = candidates[rank];
            var score = w.LeadWeight * Math.Exp(-rank / w.LeadDecay);
            score += rank switch
            {
                0 => w.FirstSentenceBonus,
                1 => w.SecondSentenceBonus,
                2 => w.ThirdSentenceBonus,
                _ => 0,
            };

            if (titleWords.Count > 0)
            {
                score += w.TitleWeight * candidate.Words.Count(titleWords.Contains) / titleWords.Count;
            }

            score += w.CentroidWeight * centroid[rank];
            if (rank > 0)
            {
                score += w.LeadSimilarityWeight * ContentWords.Cosine(lead.Words, candidate.Words);
            }

            score += Form(candidate, lead, w);
            candidate.Score = score;
        }
    }

    private static double Form(SentenceCandidate candidate, SentenceCandidate lead, SummaryFeatureWeights w)
    {
        var score = 0.0;
        if (candidate.StartsParagraph)
        {
            score += w.ParagraphStartBonus;
        }

        if (candidate.Paragraph == lead.Paragraph)
        {
            score += w.FirstParagraphBonus;
        }

        if (SentenceQuality.StartsWithQuote(candidate.Text))
        {
            score -= w.QuotePenalty;
        }
        else if (SentenceQuality.ContainsQuote(candidate.Text))
        {
            score -= w.InnerQuotePenalty;
        }

        if (candidate.Text.Length < w.ShortSentenceLength)
        {
            score -= w.ShortSentencePenalty;
        }
        else if (candidate.Text.Length > w.LongSentenceLength)
        {
            score -= w.LongSentencePenalty;
        }

        return score;
    }

    /// <summary>
    /// How much each sentence is about the words the article repeats (in two or more sentences), normalised so the
    /// best sentence has 1.
    /// </summary>
    private static double[] Centroid(List<SentenceCandidate> candidates)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            foreach (var word in candidate.Words)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var centroid = new double[candidates.Count];
        var max = 0.0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var words = candidates[i].Words;
            var sum = 0.0;
            foreach (var word in words)
            {
                sum += frequency[word] - 1;
            }

            centroid[i] = words.Count == 0 ? 0 : sum / Math.Sqrt(words.Count);
            max = Math.Max(max, centroid[i]);
        }

        if (max > 0)
        {
            for (var i = 0; i < centroid.Length; i++)
            {
                centroid[i] /= max;
            }
        }

        return centroid;
    }
}
