namespace Airspace.Core.Sources;

/// <summary>What an operator asks to add: <c>airspace sources add NAME URL [options]</c>, or <c>/sources add NAME URL</c> in chat.</summary>
public sealed record SourceAddRequest
{
    public required string Name { get; init; }

    /// <summary>As typed: a site's home page, a feed, or a WordPress posts endpoint.</summary>
    public required string Url { get; init; }

    /// <summary>"Feed" or "WordPress"; null or empty to find out from the URL.</summary>
    public string? Kind { get; init; }

    /// <summary>Time between polls; null for <c>Airspace:Feeds:DefaultInterval</c>.</summary>
    public TimeSpan? Interval { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? Folder { get; init; }

    /// <summary>Allow a loopback or private-network URL (the CLI's <c>--local</c>; never from chat).</summary>
    public bool Local { get; init; }

    /// <summary>Fetch the URL once and find its feed before saving (off with the CLI's <c>--no-check</c>).</summary>
    public bool Check { get; init; } = true;

    /// <summary>Replace a stored source of the same name (the CLI's <c>--replace</c>); refused otherwise.</summary>
    public bool Replace { get; init; }
}
