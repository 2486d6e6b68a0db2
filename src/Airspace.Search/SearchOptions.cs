namespace Airspace.Search;

/// <summary>Where the Lucene index lives. Bound from <c>Airspace:Search</c>.</summary>
public sealed class SearchOptions
{
    /// <summary>Directory of the index; created if missing. Defaults to <c>{Airspace:DataDirectory}/index</c>.</summary>
    public required string IndexPath { get; set; }
}
