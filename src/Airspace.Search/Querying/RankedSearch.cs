using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Airspace.Search.Querying;

/// <summary>Runs a <see cref="CompiledQuery"/>: the first pass, then its rescoring, with demo articles left out unless asked.</summary>
internal sealed class RankedSearch
{
    private static readonly Term DemoTerm = new(SearchFields.Demo, SearchFields.DemoYes);

    private static readonly Sort NewestFirst = new(new SortField(SearchFields.Published, SortFieldType.INT64, reverse: true));

    // A filter, not a clause: leaving demo articles out must not change the scores of the rest. Cached as a bit set
    // per segment, so the first pass keeps Lucene's fast random-access filtering.
    private readonly Filter notDemo = new CachingWrapperFilter(new QueryWrapperFilter(new BooleanQuery
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { new TermQuery(DemoTerm), Occur.MUST_NOT },
    }));

    /// <summary>The best <paramref name="count"/> hits (fewer when fewer match).</summary>
    public TopDocs Top(IndexSearcher searcher, CompiledQuery compiled, bool includeDemo, int count)
    {
        ArgumentNullException.ThrowIfNull(compiled.Query);

        // Most indexes hold no demo article at all: then there is nothing to filter.
        var filter = includeDemo || searcher.IndexReader.DocFreq(DemoTerm) == 0 ? null : notDemo;
        if (compiled.SortByDate)
        {
            return searcher.Search(compiled.Query, filter, count, NewestFirst);
        }

        var wanted = compiled.Rescorer is { } rescorer ? Math.Max(count, rescorer.Window) : count;
        var first = compiled.FirstPass is { } pass ? pass.Top(searcher, filter, wanted) : searcher.Search(compiled.Query, filter, wanted);
        return compiled.Rescorer is { } preferences ? preferences.Rescore(searcher, first, count) : first;
    }
}
