namespace Airspace.Feeds.Opml;

/// <summary>What an OPML import did: the sources added, and each outline skipped (already followed) or refused (invalid), with why.</summary>
public sealed record OpmlImportReport
{
    public IReadOnlyList<string> Added { get; init; } = [];

    public IReadOnlyList<(string Label, string Reason)> Skipped { get; init; } = [];

    public IReadOnlyList<(string Label, string Reason)> Refused { get; init; } = [];
}
