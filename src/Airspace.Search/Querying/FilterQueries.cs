using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Airspace.Search.Querying;

/// <summary>Lucene filters for <see cref="SearchFilters"/>: any listed source, any listed category, the date range.</summary>
internal static class FilterQueries
{
    public static Filter? Build(SearchFilters filters)
    {
        if (filters.IsEmpty)
        {
            return null;
        }

        var all = new BooleanQuery(disableCoord: true);
        AddAnyOf(all, SearchFields.Source, filters.Sources);
        AddAnyOf(all, SearchFields.Category, filters.Categories);
        if (filters.After is not null || filters.Before is not null)
        {
            all.Add(
                NumericRangeQuery.NewInt64Range(
                    SearchFields.Published,
                    filters.After?.ToUnixTimeMilliseconds(),
                    filters.Before?.ToUnixTimeMilliseconds(),
                    minInclusive: true,
                    maxInclusive: false),
                Occur.MUST);
        }

        return new QueryWrapperFilter(all);
    }

    private static void AddAnyOf(BooleanQuery all, string field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        all.Add(any, Occur.MUST);
    }
}
