using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Airspace.Search.Querying;

/// <summary>
/// The per-segment states of a query's bare-word terms, looked up once with one terms enumerator per field and
/// segment, and the word groups' queries rewritten to use them.
/// </summary>
/// <remarks>
/// A plain <see cref="TermQuery"/> builds its <see cref="TermContext"/> when it is weighted, opening a terms
/// enumerator per term and segment, and a query weighted twice (the conjunction, then the disjunction) does it
/// twice. A chat query's word is some 6–10 terms (title and body, as typed and stemmed), so at 100,000 articles
/// (7 segments) those enumerators were most of the bytes a query allocated, and the garbage collections they caused
/// landed on the querying thread. The states are the ones <see cref="TermContext.Build"/> registers (same document
/// frequencies, so the same scores); they belong to <paramref name="searcher"/>'s reader and live for one query.
/// The enumerators themselves are kept per thread for the reader they belong to (<see cref="Enumerator"/>): opening
/// one and its first seek allocate about 4 KB (it clones the segment's input and grows its block frames), a later
/// seek a tenth of that, and a chat query needs one per field and segment (42 at 100,000 articles).
/// </remarks>
internal sealed class SeekedTerms(IndexSearcher searcher)
{
    // Per thread (a search runs start to end on one thread, and an enumerator is not thread-safe): the reader whose
    // enumerators these are, and the enumerators by segment and field. A new reader (after a commit) starts afresh.
    // The reader is held weakly, so an idle thread does not keep a replaced reader alive.
    [ThreadStatic]
    private static WeakReference<IndexReaderContext>? cachedFor;

    [ThreadStatic]
    private static Dictionary<(int Ord, string Field), TermsEnum?>? cachedEnums;

    private readonly Dictionary<Term, TermContext> contexts = [];

    /// <summary>
    /// A terms enumerator of <paramref name="field"/> in the segment <paramref name="leaf"/> (null when the segment
    /// has no such field), reused across queries on this thread while the reader is the same; the caller seeks it
    /// before use and must not hold it past its own work.
    /// </summary>
    public TermsEnum? Enumerator(AtomicReaderContext leaf, string field)
    {
        var top = searcher.TopReaderContext;
        if (cachedEnums is null || cachedFor is null || !cachedFor.TryGetTarget(out var owner) || !ReferenceEquals(owner, top))
        {
            cachedFor = new WeakReference<IndexReaderContext>(top);
            cachedEnums = [];
        }

        if (!cachedEnums.TryGetValue((leaf.Ord, field), out var termsEnum))
        {
            termsEnum = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            cachedEnums[(leaf.Ord, field)] = termsEnum;
        }

        return termsEnum;
    }

    /// <summary>Looks up <paramref name="terms"/> in every segment (terms already looked up are skipped).</summary>
    public void Seek(IEnumerable<Term> terms)
    {
        var top = searcher.TopReaderContext;
        List<Term> wanted = [];
        foreach (var term in terms)
        {
            if (!contexts.ContainsKey(term))
            {
                contexts[term] = new TermContext(top);
                wanted.Add(term);
            }
        }

        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var leaf in top.Leaves)
        {
            foreach (var term in wanted)
            {
                if (Enumerator(leaf, term.Field) is { } termsEnum && termsEnum.SeekExact(term.Bytes))
                {
                    // GetTermState returns a copy: the enumerator moves on to the next term.
                    contexts[term].Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
                }
            }
        }
    }

    /// <summary>The term's state in the segment <paramref name="ord"/>, or null when the segment lacks it or it was not looked up.</summary>
    public TermState? StateIn(Term term, int ord) => contexts.TryGetValue(term, out var context) ? context.Get(ord) : null;

    /// <summary>
    /// <paramref name="query"/> with each term query whose term was looked up replaced by one that carries its states
    /// (boosts kept); boolean, disjunction-max and filtered queries are rebuilt around them, anything else is kept.
    /// </summary>
    public Query Apply(Query query)
    {
        switch (query)
        {
            case TermQuery term when contexts.TryGetValue(term.Term, out var context):
                return new TermQuery(term.Term, context) { Boost = term.Boost };
            case DisjunctionMaxQuery disjunction:
                var max = new DisjunctionMaxQuery(disjunction.TieBreakerMultiplier) { Boost = disjunction.Boost };
                foreach (var disjunct in disjunction.Disjuncts)
                {
                    max.Add(Apply(disjunct));
                }

                return max;
            case BooleanQuery boolean:
                var all = new BooleanQuery(boolean.CoordDisabled)
                {
                    Boost = boolean.Boost,
                    MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch,
                };
                foreach (var clause in boolean.Clauses)
                {
                    all.Add(Apply(clause.Query), clause.Occur);
                }

                return all;
            case FilteredQuery filtered:
                return new FilteredQuery(Apply(filtered.Query), filtered.Filter, filtered.Strategy) { Boost = filtered.Boost };
            default:
                return query;
        }
    }
}
