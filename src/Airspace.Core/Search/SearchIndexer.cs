namespace Airspace.Core.Search;

/// <summary>
/// Keeps this replica's search index in step with the store by following the change log from the index's own
/// position (<see cref="ISearchIndex.ReadPositionAsync"/>: each replica has its own index and cursor). An index with
/// no position and no articles (a new replica, a deleted index folder) is built from the store batch by batch, so
/// searches answer from what is indexed so far and say so (<see cref="SearchIndexBuild"/>); an index built by
/// another schema is rebuilt in one commit, and searches answer from the old one meanwhile.
/// </summary>
public sealed class SearchIndexer(
    IArticleStore articles,
    IStateStore state,
    ISearchIndex index,
    StoreSignals signals,
    IOptions<SearchIndexerOptions> options,
    TimeProvider time,
    ILogger<SearchIndexer> logger,
    SearchIndexBuild? build = null)
{
    /// <summary>
    /// Where the index stood before positions were kept in the index (one process per store): read once, to adopt an
    /// index built by an earlier version instead of rebuilding it.
    /// </summary>
    public static readonly StateKey<long> Cursor = StateKey.Number("search");

    /// <summary>The schema of that earlier index (0: none built yet); read once, with <see cref="Cursor"/>.</summary>
    public static readonly StateKey<long> BuiltSchema = StateKey.Number("search-schema");

    private readonly SearchIndexBuild _build = build ?? new SearchIndexBuild();
    private long? _cursor;

    /// <summary>The build progress of this indexer's index.</summary>
    public SearchIndexBuild Build => _build;

    /// <summary>Indexes everything past the index's position; returns how many articles were (re)indexed or dropped.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        if (_cursor is not { } cursor)
        {
            var position = await index.ReadPositionAsync(ct).ConfigureAwait(false) ?? await AdoptEarlierAsync(ct).ConfigureAwait(false);
            if (position is { BuildingTotal: not null } || (position is null && await index.CountAsync(ct).ConfigureAwait(false) == 0))
            {
                return await BuildAsync(ct).ConfigureAwait(false);
            }

            if (position is null || position.Schema != index.SchemaVersion)
            {
                CoreLog.IndexSchemaChanged(logger, index.SchemaVersion);
                return await RebuildAsync(ct).ConfigureAwait(false);
            }

            cursor = position.Sequence;
            _cursor = cursor;
        }

        var total = 0;
        while (true)
        {
            var events = await articles.ReadEventsAsync(cursor, options.Value.BatchSize, ct).ConfigureAwait(false);
            if (events.Count == 0)
            {
                break;
            }

            // Deletions go first: the batch read afterwards holds only articles that exist now, so an article stored
            // under an id deleted earlier in these events (a store written before ids stopped being reused) stays.
            var ids = events.Where(e => e.Kind != ArticleEventKind.Deleted).Select(e => e.ArticleId).Distinct().ToArray();
            var deleted = events.Where(e => e.Kind == ArticleEventKind.Deleted).Select(e => e.ArticleId).Distinct().ToArray();
            if (deleted.Length > 0)
            {
                await index.DeleteAsync(deleted, ct).ConfigureAwait(false);
            }

            var batch = await articles.GetManyAsync(ids, ct).ConfigureAwait(false);
            await index.IndexAsync(batch, ct).ConfigureAwait(false);

            cursor = events[^1].Sequence;
            await index.WritePositionAsync(new SearchIndexPosition(cursor, index.SchemaVersion), ct).ConfigureAwait(false);
            _cursor = cursor;
            total += batch.Count + deleted.Length;
        }

        if (total > 0)
        {
            CoreLog.IndexCaughtUp(logger, cursor, total);
        }

        return total;
    }

    /// <summary>Drops the index and rebuilds it from the store in one commit; the position moves to the end of the change log.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        var end = await articles.LastSequenceAsync(ct).ConfigureAwait(false);
        var count = await index.RebuildAsync(articles.ReadAllAsync(ct), ct).ConfigureAwait(false);
        await index.WritePositionAsync(new SearchIndexPosition(end, index.SchemaVersion), ct).ConfigureAwait(false);
        _cursor = end;
        return count;
    }

    public Task RunAsync(CancellationToken ct) =>
        ChangeLogLoop.RunAsync("Search indexer", signals, CatchUpAsync, () => options.Value.PollInterval, time, logger, ct);

    /// <summary>
    /// Builds an empty index (or one whose build was cut short) from the store, committing every <see cref="SearchIndexerOptions.BatchSize"/> articles so
    /// searches see them at once; the position (the change log's end when the build began) is recorded at the end,
    /// so a build cut short starts again, and what changed meanwhile is caught up after it.
    /// </summary>
    private async Task<int> BuildAsync(CancellationToken ct)
    {
        var end = await articles.LastSequenceAsync(ct).ConfigureAwait(false);
        var total = await articles.CountAsync(ct).ConfigureAwait(false);
        var size = options.Value.BatchSize;
        var count = 0;
        if (total > 0)
        {
            CoreLog.IndexBuildStarted(logger, total, size);
            _build.Start(total);
            await index.WritePositionAsync(new SearchIndexPosition(0, index.SchemaVersion) { BuildingTotal = total }, ct).ConfigureAwait(false);
        }

        try
        {
            var batch = new List<Article>(size);
            await foreach (var article in articles.ReadAllAsync(ct).ConfigureAwait(false))
            {
                batch.Add(article);
                if (batch.Count == size)
                {
                    count += await IndexBatchAsync(batch, ct).ConfigureAwait(false);
                }
            }

            count += await IndexBatchAsync(batch, ct).ConfigureAwait(false);
            await index.WritePositionAsync(new SearchIndexPosition(end, index.SchemaVersion), ct).ConfigureAwait(false);
            _cursor = end;
        }
        finally
        {
            _build.Finish();
        }

        CoreLog.IndexCaughtUp(logger, end, count);
        return count;
    }

    private async Task<int> IndexBatchAsync(List<Article> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        await index.IndexAsync(batch, ct).ConfigureAwait(false);
        var indexed = batch.Count;
        batch.Clear();
        var progress = _build.Add(indexed);
        if (_build.AfterBatch is { } hook)
        {
            await hook(progress, ct).ConfigureAwait(false);
        }

        return indexed;
    }

    /// <summary>An index built before positions were kept in it: adopted when it is not empty and its schema is current.</summary>
    private async Task<SearchIndexPosition?> AdoptEarlierAsync(CancellationToken ct)
    {
        if (await index.CountAsync(ct).ConfigureAwait(false) == 0 || await state.GetAsync(BuiltSchema, ct).ConfigureAwait(false) != index.SchemaVersion)
        {
            return null;
        }

        var position = new SearchIndexPosition(await state.GetAsync(Cursor, ct).ConfigureAwait(false), index.SchemaVersion);
        await index.WritePositionAsync(position, ct).ConfigureAwait(false);
        return position;
    }
}
