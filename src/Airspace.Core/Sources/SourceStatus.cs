namespace Airspace.Core.Sources;

/// <summary>A source with its polling state, for listings (<c>/sources</c>, <c>airspace sources list</c>).</summary>
public sealed record SourceStatus(SourceDefinition Definition, SourceState State);
