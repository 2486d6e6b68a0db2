namespace Airspace.Core.Sources;

/// <summary>A source the bot follows: configured in <c>Airspace:Sources</c> or added with <c>airspace sources add</c>.</summary>
public sealed record SourceDefinition
{
    /// <summary>Unique, case-insensitive; also the <see cref="Articles.Article.Source"/> of what it ingests.</summary>
    public required string Name { get; init; }

    public required SourceKind Kind { get; init; }

    /// <summary>The feed URL, or the WordPress site (or its <c>/wp-json/wp/v2/posts</c> endpoint).</summary>
    public required Uri Url { get; init; }

    /// <summary>Time between polls.</summary>
    public required TimeSpan Interval { get; init; }

    /// <summary>Only items in one of these categories are ingested (case-insensitive); empty means all.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>
    /// Allows loopback and private-network targets (an intranet site, a test server). Off by default: the SSRF guard
    /// refuses them, also after redirects.
    /// </summary>
    public bool Local { get; init; }

    /// <summary>
    /// The folder it is filed under, "/"-separated ("News/Indonesia"): from an imported OPML file's nested outlines or
    /// <c>--folder</c>. A label for people and for OPML export; it filters nothing.
    /// </summary>
    public string? Folder { get; init; }

    /// <summary>True for sources from the store (<c>airspace sources add</c>), false for configured ones.</summary>
    public bool Stored { get; init; }
}
