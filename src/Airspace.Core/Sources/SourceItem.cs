namespace Airspace.Core.Sources;

/// <summary>One item of a source as last ingested: its fingerprint tells whether the source changed it since.</summary>
public sealed record SourceItem(string Source, string ItemId, string Fingerprint, long? ArticleId);
