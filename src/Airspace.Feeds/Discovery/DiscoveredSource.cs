using Airspace.Core.Sources;

namespace Airspace.Feeds.Discovery;

/// <summary>
/// What <see cref="FeedDiscovery"/> found for a URL: the source to save (its kind and the URL to poll) and one
/// sentence saying what it is and how it was found; or, when nothing readable was found, <see cref="Error"/>.
/// </summary>
public sealed record DiscoveredSource
{
    public SourceKind Kind { get; init; }

    public Uri? Url { get; init; }

    /// <summary>"Found the WordPress REST API (advertised in the Link header): …", or the reason nothing was found.</summary>
    public required string Description { get; init; }

    /// <summary>Items the source has now (the check read them).</summary>
    public int Items { get; init; }

    public string? Error { get; init; }

    public bool Found => Error is null;

    public static DiscoveredSource Fail(string error) => new() { Description = error, Error = error };
}
