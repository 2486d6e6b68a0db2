using Lucene.Net.Search;

namespace Airspace.Search.Querying;

/// <summary>
/// A user query ready to run. <see cref="Query"/> is null when nothing searchable was left.
/// The highlight queries target the virtual highlight field, one per stemmer.
/// </summary>
internal sealed record CompiledQuery(
    Query? Query,
    Query? HighlightIndonesian,
    Query? HighlightEnglish,
    string? Notice);
