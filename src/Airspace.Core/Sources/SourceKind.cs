namespace Airspace.Core.Sources;

/// <summary>How a source is read.</summary>
public enum SourceKind
{
    /// <summary>An RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed document.</summary>
    Feed,

    /// <summary>A WordPress site's REST API (<c>/wp-json/wp/v2/posts?_embed</c>).</summary>
    WordPress,
}
