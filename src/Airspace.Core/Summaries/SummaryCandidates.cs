namespace Airspace.Core.Summaries;

/// <summary>Splits a body into the sentences a summary may use.</summary>
internal static class SummaryCandidates
{
    /// <summary>The good sentences in article order, or the weak ones when there is no good one.</summary>
    public static List<SentenceCandidate> Extract(string body)
    {
        var good = new List<SentenceCandidate>();
        var weak = new List<SentenceCandidate>();
        var index = 0;
        var paragraph = 0;
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
                    var candidate = new SentenceCandidate(index, paragraph, sentence, ContentWords.Of(sentence), first);
                    (use == SentenceUse.Good ? good : weak).Add(candidate);
                }

                first = false;
                index++;
            }

            if (!first)
            {
                paragraph++;
            }

            paragraphStart = paragraphEnd + 1;
        }

        return good.Count > 0 ? good : weak;
    }
}
