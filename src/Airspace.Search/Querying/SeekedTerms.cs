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
/// </remarks>
internal sealed class SeekedTerms(IndexSearcher searcher)
{
    private readonly Dictionary<Term, TermContext> contexts = [];

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

        var enums = new Dictionary<string, TermsEnum?>(StringComparer.Ordinal);
        foreach (var leaf in top.Leaves)
        {
            enums.Clear();
            foreach (var term in wanted)
            {
                if (!enums.TryGetValue(term.Field, out var termsEnum))
                {
                    termsEnum = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
                    enums[term.Field] = termsEnum;
                }

                if (termsEnum is not null && termsEnum.SeekExact(term.Bytes))
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
