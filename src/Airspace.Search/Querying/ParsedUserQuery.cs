namespace Airspace.Search.Querying;

/// <summary>A user's query split into parts, with notices about what was dropped or shortened.</summary>
internal sealed record ParsedUserQuery(IReadOnlyList<QueryPart> Parts, IReadOnlyList<string> Notices);
