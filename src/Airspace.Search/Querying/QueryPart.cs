namespace Airspace.Search.Querying;

/// <summary>One piece of a user's query: a bare word (possibly compound, like "Su-35S") or a quoted phrase.</summary>
internal sealed record QueryPart(string Text, bool Quoted);
