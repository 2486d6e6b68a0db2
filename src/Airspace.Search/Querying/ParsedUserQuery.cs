namespace Airspace.Search.Querying;

/// <summary>A user's query split into parts and filters, with notices about what was dropped or shortened.</summary>
internal sealed record ParsedUserQuery(IReadOnlyList<QueryPart> Parts, IReadOnlyList<string> Notices)
{
    public SearchFilters Filters { get; init; } = SearchFilters.None;
}
