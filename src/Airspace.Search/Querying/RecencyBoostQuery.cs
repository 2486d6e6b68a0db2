using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Airspace.Search.Querying;

/// <summary>
/// Multiplies a query's scores by 1 + weight / (1 + age / halfLife), where age is how much older an article is than the
/// newest article in the index (so the bonus does not fade for a quiet archive or in a test). With a small weight this
/// only reorders hits whose relevance is nearly equal. Published times come from the doc values every article has.
/// </summary>
internal sealed class RecencyBoostQuery(Query query, float weight, TimeSpan halfLife) : CustomScoreQuery(query)
{
    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) =>
        new Provider(context, weight, (float)halfLife.TotalMilliseconds, NewestMilliseconds(context));

    /// <summary>The newest published time of the whole index, computed once per reader.</summary>
    private static long NewestMilliseconds(AtomicReaderContext context) =>
        Newest.GetValue(ReaderUtil.GetTopLevelContext(context).Reader, Scan).Value;

    private static NewestPublished Scan(IndexReader reader)
    {
        var newest = long.MinValue;
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetNumericDocValues(SearchFields.Published) is { } values)
            {
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    newest = Math.Max(newest, values.Get(doc));
                }
            }
        }

        return new NewestPublished(newest);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, NewestPublished> Newest = new();

    private sealed record NewestPublished(long Value);

    private sealed class Provider(AtomicReaderContext context, float weight, float halfLifeMs, long newest)
        : CustomScoreProvider(context)
    {
        private readonly NumericDocValues? published = context.AtomicReader.GetNumericDocValues(SearchFields.Published);

        public override float CustomScore(int doc, float subQueryScore, float valSrcScore)
        {
            if (published is null)
            {
                return subQueryScore;
            }

            var age = Math.Max(0, newest - published.Get(doc));
            return subQueryScore * (1f + (weight / (1f + (age / halfLifeMs))));
        }
    }
}
