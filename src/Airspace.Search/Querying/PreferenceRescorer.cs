using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Airspace.Search.Querying;

/// <summary>
/// The second pass of a ranked search: the first pass's best <see cref="Window"/> hits (by the cheap per-word query)
/// get the score of the <see cref="Preferences"/> query added (all words as typed, the words near each other: Lucene's
/// <see cref="QueryRescorer"/>), then a small recency factor, and are re-sorted; hits past the window keep their order
/// after them.
/// </summary>
/// <remarks>
/// The preferences only ever add to a score and the recency factor is at least 1, so a rescored hit never falls below
/// one past the window: the order is the same for every page size and paging stays consistent. Only the window's hits
/// run the costly position-reading clauses, instead of every match in the index.
/// The recency factor is 1 + weight / (1 + age / halfLife), where age is how much older an article is than the newest
/// one in the index (so the bonus does not fade for a quiet archive or in a test); with a small weight it only reorders
/// near ties.
/// </remarks>
internal sealed record PreferenceRescorer(Query? Preferences, float RecencyWeight, TimeSpan RecencyHalfLife, int Window)
{
    /// <summary>The best <paramref name="count"/> of <paramref name="firstPass"/>'s hits after rescoring its window.</summary>
    public TopDocs Rescore(IndexSearcher searcher, TopDocs firstPass, int count)
    {
        var all = firstPass.ScoreDocs;
        if (all.Length == 0)
        {
            return firstPass;
        }

        var window = Math.Min(Window, all.Length);
        var hits = all[..window];
        if (Preferences is { } preferences)
        {
            AddPreferences(searcher, preferences, hits);
        }

        if (RecencyWeight > 0)
        {
            ApplyRecency(searcher, hits);
        }

        Array.Sort(hits, (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));

        ScoreDoc[] scoreDocs = window == all.Length ? hits : [.. hits, .. all[window..]];
        if (scoreDocs.Length > count)
        {
            scoreDocs = scoreDocs[..count];
        }

        return new TopDocs(firstPass.TotalHits, scoreDocs, scoreDocs[0].Score);
    }

    /// <summary>
    /// Adds the preferences' score to each hit that matches them, segment by segment in doc order (what Lucene's
    /// <see cref="QueryRescorer"/> does; its port fails on a segment where the query matches nothing). A segment's
    /// scorer is only made when it holds hits, and it accepts only those hits: the phrase and span scorers would
    /// otherwise read the positions of every article between two hits that has all the words, looking for the next match.
    /// </summary>
    private static void AddPreferences(IndexSearcher searcher, Query preferences, ScoreDoc[] hits)
    {
        var byDoc = (ScoreDoc[])hits.Clone();
        Array.Sort(byDoc, (a, b) => a.Doc.CompareTo(b.Doc));
        var weight = searcher.CreateNormalizedWeight(preferences);
        var leaves = searcher.IndexReader.Leaves;
        var first = 0;
        while (first < byDoc.Length)
        {
            var leaf = leaves[ReaderUtil.SubIndex(byDoc[first].Doc, leaves)];
            var end = leaf.DocBase + leaf.Reader.MaxDoc;
            var last = first;
            while (last < byDoc.Length && byDoc[last].Doc < end)
            {
                last++;
            }

            var accepted = new FixedBitSet(leaf.Reader.MaxDoc);
            for (var i = first; i < last; i++)
            {
                accepted.Set(byDoc[i].Doc - leaf.DocBase);
            }

            if (weight.GetScorer(leaf, accepted) is { } scorer)
            {
                for (var i = first; i < last; i++)
                {
                    var target = byDoc[i].Doc - leaf.DocBase;
                    var doc = scorer.DocID;
                    if (doc < target)
                    {
                        doc = scorer.Advance(target);
                    }

                    if (doc == target)
                    {
                        byDoc[i].Score += scorer.GetScore();
                    }
                }
            }

            first = last;
        }
    }

    private void ApplyRecency(IndexSearcher searcher, ScoreDoc[] hits)
    {
        var reader = searcher.IndexReader;
        var newest = NewestPublished.Of(reader);
        var halfLife = (float)RecencyHalfLife.TotalMilliseconds;
        var leaves = reader.Leaves;
        foreach (var hit in hits)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            if (leaf.AtomicReader.GetNumericDocValues(SearchFields.Published) is { } published)
            {
                var age = Math.Max(0, newest - published.Get(hit.Doc - leaf.DocBase));
                hit.Score *= 1f + (RecencyWeight / (1f + (age / halfLife)));
            }
        }
    }
}
