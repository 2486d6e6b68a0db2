using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Airspace.Search.Querying;

/// <summary>
/// The first pass of a ranked search: the best hits of the coordinated word groups (<see cref="Any"/>), found the
/// cheap way when it gives the same hits — among the articles that have every group (<see cref="All"/>) first.
/// </summary>
/// <remarks>
/// <see cref="CoordinatingBm25Similarity"/> puts every article with all the groups above every article with fewer, so
/// when at least as many articles have all the groups as the pass keeps, its best hits are all among them, with the
/// same scores (coord 1 either way). A conjunction leapfrogs on its rarest group instead of scoring every article
/// that has any of the words, which is what a query with a common word ("tahun", "indonesia") cost at 100,000
/// articles. The number of matches stays that of the disjunction (the result count and the pages shown to the user):
/// it is counted from the groups' postings without scoring (<see cref="Count"/>). With fewer all-group articles than
/// wanted, the pass scores the disjunction as before.
/// </remarks>
internal sealed class WordGroupsPass(Query any, Query? all, IReadOnlyList<WordGroupsPass.Group> groups, Filter? filter)
{
    /// <summary>
    /// Queries with more groups than this score the disjunction straight away: chat queries have two to four words,
    /// and a long one (a pasted sentence) seldom has a window's worth of articles with every word, so the attempt
    /// would be wasted (measured at 100,000 articles: it raised the long queries' first-pass p95).
    /// </summary>
    public const int MaxGroupsForAllFirst = 4;

    /// <summary>The coordinated disjunction of the groups (with the query's filters).</summary>
    public Query Any { get; } = any;

    /// <summary>The conjunction of the groups (with the query's filters), or null for a single group.</summary>
    public Query? All { get; } = all;

    /// <summary>The best <paramref name="count"/> hits of <see cref="Any"/> and how many articles match it.</summary>
    public TopDocs Top(IndexSearcher searcher, Filter? demo, int count)
    {
        // The bare words' term states, looked up once for both passes and the count (see SeekedTerms).
        var seeked = new SeekedTerms(searcher);
        seeked.Seek(BareWords());

        if (All is not null)
        {
            var top = searcher.Search(seeked.Apply(All), demo, count);
            if (top.TotalHits >= count)
            {
                return new TopDocs(Count(searcher, demo, seeked), top.ScoreDocs, top.MaxScore);
            }
        }

        return searcher.Search(seeked.Apply(Any), demo, count);
    }

    /// <summary>How many live articles <see cref="Any"/> matches (within the filters), without scoring any.</summary>
    public int Count(IndexSearcher searcher, Filter? demo) => Count(searcher, demo, new SeekedTerms(searcher));

    private int Count(IndexSearcher searcher, Filter? demo, SeekedTerms seeked)
    {
        Weight[]? weights = null;
        DocsEnum? reuse = null;
        var total = 0;
        seeked.Seek(BareWords());

        // One terms enumerator per field and segment, not per term (each one clones the segment's input, which costs
        // the garbage collector more than the seek itself), positioned by the states already looked up.
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var live = reader.LiveDocs;
            var bits = new FixedBitSet(reader.MaxDoc);
            for (var g = 0; g < groups.Count; g++)
            {
                if (groups[g].Terms is { } terms)
                {
                    foreach (var term in terms)
                    {
                        if (seeked.StateIn(term, leaf.Ord) is not { } state)
                        {
                            continue;
                        }

                        if (seeked.Enumerator(leaf, term.Field) is { } termsEnum)
                        {
                            termsEnum.SeekExact(term.Bytes, state);
                            reuse = termsEnum.Docs(live, reuse, DocsFlags.NONE);
                            bits.Or(reuse);
                        }
                    }
                }
                else
                {
                    // A phrase group: its matches are where its scorer goes (positions read, nothing scored).
                    weights ??= new Weight[groups.Count];
                    weights[g] ??= searcher.CreateNormalizedWeight(groups[g].Query);
                    if (weights[g].GetScorer(leaf, live) is { } scorer)
                    {
                        bits.Or(scorer);
                    }
                }
            }

            foreach (var keep in new[] { filter, demo })
            {
                if (keep is not null)
                {
                    var iterator = keep.GetDocIdSet(leaf, live)?.GetIterator();
                    if (iterator is null)
                    {
                        bits.Clear(0, bits.Length);
                    }
                    else
                    {
                        bits.And(iterator);
                    }
                }
            }

            total += bits.Cardinality;
        }

        return total;
    }

    /// <summary>The terms of the bare-word groups, all of them (one lookup shares an enumerator per field and segment).</summary>
    private List<Term> BareWords()
    {
        var all = new List<Term>();
        foreach (var group in groups)
        {
            if (group.Terms is { } terms)
            {
                all.AddRange(terms);
            }
        }

        return all;
    }

    /// <summary>One word group: its query and, when it is a disjunction of single terms, those terms.</summary>
    public sealed record Group(Query Query, IReadOnlyList<Term>? Terms);
}
