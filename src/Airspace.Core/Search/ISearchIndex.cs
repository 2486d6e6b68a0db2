namespace Airspace.Core.Search;

/// <summary>A derived full-text index over the store; always rebuildable from it.</summary>
public interface ISearchIndex
{
    /// <summary>
    /// Changes whenever the analysis or the document layout changes; an index built by another version is rebuilt
    /// from the store (see <see cref="SearchIndexer"/>), so upgrades never leave search half-working.
    /// </summary>
    int SchemaVersion { get; }

    /// <summary>Adds or replaces these articles (keyed by id) and commits.</summary>
    Task IndexAsync(IReadOnlyList<Article> articles, CancellationToken ct);

    /// <summary>Removes these articles (deleted from the store) and commits; unknown ids are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken ct);

    /// <summary>Drops everything and indexes <paramref name="articles"/>; returns how many were indexed.</summary>
    Task<int> RebuildAsync(IAsyncEnumerable<Article> articles, CancellationToken ct);

    /// <summary>Ranked results with highlighted snippets. Never throws on user input: bad syntax is escaped.</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct);

    Task<int> CountAsync(CancellationToken ct);

    /// <summary>The change-log position recorded with the index's last commit; null when none is (a new or deleted index).</summary>
    Task<SearchIndexPosition?> ReadPositionAsync(CancellationToken ct);

    /// <summary>Records <paramref name="position"/> with a commit of the index (this replica's own cursor).</summary>
    Task WritePositionAsync(SearchIndexPosition position, CancellationToken ct);
}
