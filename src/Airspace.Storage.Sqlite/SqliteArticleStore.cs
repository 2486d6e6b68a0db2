using System.Runtime.CompilerServices;
using Airspace.Core.Articles;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// <see cref="IArticleStore"/> on SQLite. Every write is one <c>BEGIN IMMEDIATE</c> transaction, so the change log's
/// sequences commit in order and several processes can write the same file. Instants come back in UTC.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private const string Select = $"SELECT {ArticleRows.Columns} FROM articles";
    private const int PageSize = 500;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteArticleStore(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    /// <remarks>See <see cref="ArticleUpsert"/> for which duplicates are updated and which are reported unchanged.</remarks>
    public Task<UpsertOutcome> UpsertAsync(NewArticle article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _database.WriteAsync((connection, token) => ArticleUpsert.RunAsync(connection, article, _time.GetUtcNow(), token), ct);
    }

    public Task<Article?> GetAsync(ArticleId id, CancellationToken ct) =>
        _database.ReadAsync(async (connection, token) =>
            (await connection.QueryAsync($"{Select} WHERE id = @id", ArticleRows.Read, token, ("@id", id.Value)).ConfigureAwait(false)).FirstOrDefault(), ct);

    public Task<Article?> FindByUrlAsync(string url, CancellationToken ct) =>
        _database.ReadAsync(async (connection, token) =>
            (await connection.QueryAsync($"{Select} WHERE url = @url", ArticleRows.Read, token, ("@url", url)).ConfigureAwait(false)).FirstOrDefault(), ct);

    /// <summary>The articles that exist, in the order their ids were first given (so ranked ids stay ranked); unknown ids are skipped.</summary>
    public async Task<IReadOnlyList<Article>> GetManyAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Select(id => id.Value).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var found = await _database.ReadAsync(async (connection, token) =>
        {
            var byId = new Dictionary<long, Article>(wanted.Count);
            foreach (var chunk in wanted.Chunk(PageSize))
            {
                var names = chunk.Select((_, i) => $"@id{i}").ToArray();
                var parameters = chunk.Select((value, i) => (names[i], (object?)value)).ToArray();
                var rows = await connection.QueryAsync($"{Select} WHERE id IN ({string.Join(", ", names)})", ArticleRows.Read, token, parameters).ConfigureAwait(false);
                foreach (var article in rows)
                {
                    byId[article.Id.Value] = article;
                }
            }

            return byId;
        }, ct).ConfigureAwait(false);

        return [.. wanted.Where(found.ContainsKey).Select(id => found[id])];
    }

    public Task<IReadOnlyList<Article>> LatestAsync(int count, CancellationToken ct) => LatestAsync(count, includeDemo: false, ct);

    public Task<IReadOnlyList<Article>> LatestAsync(int count, bool includeDemo, CancellationToken ct) =>
        count <= 0
            ? Task.FromResult<IReadOnlyList<Article>>([])
            : _database.ReadAsync<IReadOnlyList<Article>>(async (connection, token) =>
                await connection.QueryAsync(
                    $"{Select} {(includeDemo ? "" : "WHERE demo = 0 ")}ORDER BY published DESC, id DESC LIMIT @count",
                    ArticleRows.Read, token, ("@count", count)).ConfigureAwait(false), ct);

    public Task<long> CountAsync(CancellationToken ct) =>
        _database.ReadAsync(async (connection, token) => await connection.Int64Async("SELECT COUNT(*) FROM articles", token).ConfigureAwait(false) ?? 0, ct);

    /// <inheritdoc />
    /// <remarks>
    /// One transaction: the deliveries go first (they point at the article), and source items forget the article. The
    /// Deleted events are quiet, so nothing plans anything for them; the planner and indexers see them in order.
    /// </remarks>
    public Task<int> RemoveDemoAsync(CancellationToken ct) =>
        _database.WriteAsync(async (connection, token) =>
        {
            const string Demo = "SELECT id FROM articles WHERE demo = 1";
            await connection.ExecuteAsync($"DELETE FROM deliveries WHERE article_id IN ({Demo})", token).ConfigureAwait(false);
            await connection.ExecuteAsync($"UPDATE source_items SET article_id = NULL WHERE article_id IN ({Demo})", token).ConfigureAwait(false);
            await connection.ExecuteAsync(
                $"INSERT INTO article_events (article_id, kind, occurred_at, quiet) SELECT id, '{ArticleRows.DeletedEvent}', @now, 1 FROM ({Demo}) ORDER BY id",
                token, ("@now", UnixTime.ToStorage(_time.GetUtcNow()))).ConfigureAwait(false);
            return await connection.ExecuteAsync("DELETE FROM articles WHERE demo = 1", token).ConfigureAwait(false);
        }, ct);

    /// <remarks>
    /// Reads in id-ordered pages, so at most one page is in memory and no read transaction stays open while the caller
    /// works; articles inserted during the walk with higher ids are included.
    /// </remarks>
    public async IAsyncEnumerable<Article> ReadAllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var connection = await _database.OpenAsync(ct).ConfigureAwait(false);
        await using var connectionLifetime = connection.ConfigureAwait(false);
        var after = 0L;
        while (true)
        {
            var page = await connection.QueryAsync(
                $"{Select} WHERE id > @after ORDER BY id LIMIT @limit", ArticleRows.Read, ct, ("@after", after), ("@limit", PageSize)).ConfigureAwait(false);
            foreach (var article in page)
            {
                yield return article;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id.Value;
        }
    }

    public Task<IReadOnlyList<ArticleEvent>> ReadEventsAsync(long afterSequence, int max, CancellationToken ct) =>
        max <= 0
            ? Task.FromResult<IReadOnlyList<ArticleEvent>>([])
            : _database.ReadAsync<IReadOnlyList<ArticleEvent>>(async (connection, token) =>
                await connection.QueryAsync(
                    "SELECT seq, article_id, kind FROM article_events WHERE seq > @after ORDER BY seq LIMIT @max",
                    ArticleRows.ReadEvent, token, ("@after", afterSequence), ("@max", max)).ConfigureAwait(false), ct);

    public Task<long> LastSequenceAsync(CancellationToken ct) =>
        _database.ReadAsync(async (connection, token) =>
            await connection.Int64Async("SELECT COALESCE(MAX(seq), 0) FROM article_events", token).ConfigureAwait(false) ?? 0, ct);
}
