namespace Airspace.Core.Search;

/// <summary>Keeps the search index in step with the store by following the change log with its own cursor.</summary>
public sealed class SearchIndexer(
    IArticleStore articles,
    IStateStore state,
    ISearchIndex index,
    StoreSignals signals,
    IOptions<SearchIndexerOptions> options,
    TimeProvider time,
    ILogger<SearchIndexer> logger)
{
    /// <summary>How far the change log is indexed.</summary>
    public static readonly StateKey<long> Cursor = StateKey.Number("search");

    /// <summary>The schema version of the index on disk (0: none built yet).</summary>
    public static readonly StateKey<long> BuiltSchema = StateKey.Number("search-schema");

    private bool _schemaChecked;

    /// <summary>Indexes everything past the cursor; returns how many articles were (re)indexed or dropped.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        if (!_schemaChecked)
        {
            var built = await state.GetAsync(BuiltSchema, ct).ConfigureAwait(false);
            if (built != index.SchemaVersion)
            {
                if (built != 0 || await state.GetAsync(Cursor, ct).ConfigureAwait(false) != 0)
                {
                    CoreLog.IndexSchemaChanged(logger, index.SchemaVersion);
                }

                return await RebuildAsync(ct).ConfigureAwait(false);
            }

            _schemaChecked = true;
        }

        var total = 0;
        var cursor = await state.GetAsync(Cursor, ct).ConfigureAwait(false);
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
            await state.SetAsync(Cursor, cursor, ct).ConfigureAwait(false);
            total += batch.Count + deleted.Length;
        }

        if (total > 0)
        {
            CoreLog.IndexCaughtUp(logger, cursor, total);
        }

        return total;
    }

    /// <summary>Drops the index and rebuilds it from the store; the cursor moves to the end of the change log.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        var end = await articles.LastSequenceAsync(ct).ConfigureAwait(false);
        var count = await index.RebuildAsync(articles.ReadAllAsync(ct), ct).ConfigureAwait(false);
        await state.SetAsync(Cursor, end, ct).ConfigureAwait(false);
        await state.SetAsync(BuiltSchema, index.SchemaVersion, ct).ConfigureAwait(false);
        _schemaChecked = true;
        return count;
    }

    public Task RunAsync(CancellationToken ct) =>
        ChangeLogLoop.RunAsync("Search indexer", signals, CatchUpAsync, () => options.Value.PollInterval, time, logger, ct);
}
