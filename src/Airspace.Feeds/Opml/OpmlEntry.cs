namespace Airspace.Feeds.Opml;

/// <summary>One feed outline of an OPML file as a source to add (not yet validated), and where it was in the file.</summary>
/// <param name="Label">How the outline is named in reports: its name, else its URL, else its position.</param>
/// <param name="Problem">Why it cannot be a source (an interval that does not parse), or null.</param>
public sealed record OpmlEntry(SourceOptions Options, string Label, string? Problem = null);
