namespace Airspace.Core.Summaries;

/// <summary>Greedy selection by score minus redundancy, within the sentence, character and target-length limits.</summary>
internal static class SentenceSelector
{
    public static List<SentenceCandidate> Select(
        List<SentenceCandidate> candidates, int minSentences, int maxSentences, int maxCharacters, SummaryFeatureWeights w)
    {
        var chosen = new List<SentenceCandidate>(maxSentences);
        var length = 0;
        var firstScore = 0.0;
        while (chosen.Count < maxSentences)
        {
            if (chosen.Count >= minSentences && length >= w.TargetCharacters)
            {
                break;
            }

            var (best, bestScore) = Best(candidates, chosen, length, maxCharacters, w);
            if (best is null)
            {
                break;
            }

            if (chosen.Count == 0)
            {
                firstScore = bestScore;
            }
            else if (chosen.Count >= minSentences && bestScore < w.ExtraSentenceRelativeScore * firstScore)
            {
                break;
            }

            best.Chosen = true;
            length += (chosen.Count == 0 ? 0 : 1) + best.Text.Length;
            chosen.Add(best);
        }

        return chosen;
    }

    private static (SentenceCandidate? Best, double Score) Best(
        List<SentenceCandidate> candidates, List<SentenceCandidate> chosen, int length, int maxCharacters, SummaryFeatureWeights w)
    {
        SentenceCandidate? best = null;
        var bestScore = double.NegativeInfinity;
        var separator = chosen.Count == 0 ? 0 : 1;
        foreach (var candidate in candidates)
        {
            if (candidate.Chosen || length + separator + candidate.Text.Length > maxCharacters)
            {
                continue;
            }

            var overlap = 0.0;
            foreach (var c in chosen)
            {
                overlap = Math.Max(overlap, ContentWords.Jaccard(c.Words, candidate.Words));
            }

            if (overlap >= w.DuplicateOverlap)
            {
                continue;
            }

            var adjusted = candidate.Score - (w.RedundancyWeight * overlap);
            if (adjusted > bestScore)
            {
                best = candidate;
                bestScore = adjusted;
            }
        }

        return (best, bestScore);
    }
}
