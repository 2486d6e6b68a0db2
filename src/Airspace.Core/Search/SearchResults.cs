namespace Airspace.Core.Search;

/// <summary>One page of ranked hits. <see cref="Notice"/> explains a query that had to be reinterpreted or was empty.</summary>
public sealed record SearchResults(int TotalHits, IReadOnlyList<SearchHit> Hits, string? Notice = null)
{
    public static SearchResults Empty(string? notice = null) => new(0, [], notice);
}
