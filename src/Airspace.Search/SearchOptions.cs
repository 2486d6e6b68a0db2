namespace Airspace.Search;

/// <summary>Where the Lucene index lives. Bound from <c>Airspace:Search</c>.</summary>
public sealed class SearchOptions : IValidatedOptions
{
    /// <summary>Directory of the index; created if missing. Defaults to <c>{Airspace:DataDirectory}/index</c>.</summary>
    public required string IndexPath { get; set; }

    public string? Validate() =>
        string.IsNullOrWhiteSpace(IndexPath) ? $"{SearchServiceCollectionExtensions.IndexPathKey} must not be empty."
        : IndexPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0 ? $"{SearchServiceCollectionExtensions.IndexPathKey} is not a valid path."
        : null;
}
