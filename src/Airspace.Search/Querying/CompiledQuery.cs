using Lucene.Net.Search;

namespace Airspace.Search.Querying;

/// <summary>
/// A user query ready to run. <see cref="Query"/> is null when nothing searchable was left; it is the cheap first
/// pass, and <see cref="Rescorer"/> (when set) reorders its best hits (see <see cref="RankedSearch"/>).
/// The highlight queries target the virtual highlight field, one per stemmer. <see cref="SortByDate"/> is set for a
/// query of filters only ("source:airspace-review.com"): its hits are listed newest first.
/// </summary>
internal sealed record CompiledQuery(
    Query? Query,
    Query? HighlightIndonesian,
    Query? HighlightEnglish,
    string? Notice)
{
    public bool SortByDate { get; init; }

    public PreferenceRescorer? Rescorer { get; init; }

    /// <summary>How the first pass finds <see cref="Query"/>'s best hits (null: a plain search of <see cref="Query"/>).</summary>
    public WordGroupsPass? FirstPass { get; init; }
}
