using System.Runtime.CompilerServices;
using Airspace.Core.Articles;

namespace Airspace.Storage.Postgres;

/// <summary>
/// <see cref="IArticleStore"/> on PostgreSQL. Every write to the change log holds the change-log advisory lock until
/// it commits, so sequences become visible in order across replicas. Instants come back in UTC.
/// </summary>
public sealed class PostgresArticleStore(PostgresDatabase database, TimeProvider time) : IArticleStore
{
    private const string Select = $"SELECT {ArticleRows.Columns} FROM articles";
    private const int PageSize = 500;

    /// <inheritdoc />
    /// <remarks>See <see cref="ArticleUpsert"/> for which duplicates are updated and which are reported unchanged.</remarks>
    public Task<UpsertOutcome> UpsertAsync(NewArticle article, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        return database.WriteAsync(
            (connection, token) => ArticleUpsert.RunAsync(connection, article, time.GetUtcNow(), token), ct, PostgresDatabase.ChangeLogLock);
    }

    public Task<Article?> GetAsync(ArticleId id, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
            (await connection.QueryAsync($"{Select} WHERE id = @id", ArticleRows.Read, token, ("@id", id.Value)).ConfigureAwait(false)).FirstOrDefault(), ct);

    public Task<Article?> FindByUrlAsync(string url, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
            (await connection.QueryAsync($"{Select} WHERE url = @url", ArticleRows.Read, token, ("@url", url)).ConfigureAwait(false)).FirstOrDefault(), ct);

    /// <summary>The articles that exist, in the order their ids were first given; unknown ids are skipped.</summary>
    public async Task<IReadOnlyList<Article>> GetManyAsync(IReadOnlyCollection<ArticleId> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Select(id => id.Value).Distinct().ToArray();
        if (wanted.Length == 0)
        {
            return [];
        }

        var rows = await database.ReadAsync(
            (connection, token) => connection.QueryAsync($"{Select} WHERE id = ANY(@ids)", ArticleRows.Read, token, ("@ids", wanted)), ct).ConfigureAwait(false);
        var byId = rows.ToDictionary(a => a.Id.Value);
        return [.. wanted.Where(byId.ContainsKey).Select(id => byId[id])];
    }

    public Task<IReadOnlyList<Article>> LatestAsync(int count, CancellationToken ct) => LatestAsync(count, includeDemo: false, ct);

    public Task<IReadOnlyList<Article>> LatestAsync(int count, bool includeDemo, CancellationToken ct) =>
        count <= 0
            ? Task.FromResult<IReadOnlyList<Article>>([])
            : database.ReadAsync<IReadOnlyList<Article>>(async (connection, token) =>
                await connection.QueryAsync(
                    $"{Select} {(includeDemo ? "" : "WHERE NOT demo ")}ORDER BY published DESC, id DESC LIMIT @count",
                    ArticleRows.Read, token, ("@count", count)).ConfigureAwait(false), ct);

    public Task<long> CountAsync(CancellationToken ct) =>
        database.ReadAsync(async (connection, token) => await connection.Int64Async("SELECT COUNT(*) FROM articles", token).ConfigureAwait(false) ?? 0, ct);

    /// <inheritdoc />
    /// <remarks>One transaction under the change-log lock; the Deleted events are quiet, so nothing is planned for them.</remarks>
    public Task<int> RemoveDemoAsync(CancellationToken ct) =>
        database.WriteAsync(async (connection, token) =>
        {
            const string Demo = "SELECT id FROM articles WHERE demo";
            await connection.ExecuteAsync($"DELETE FROM deliveries WHERE article_id IN ({Demo})", token).ConfigureAwait(false);
            await connection.ExecuteAsync($"UPDATE source_items SET article_id = NULL WHERE article_id IN ({Demo})", token).ConfigureAwait(false);
            await connection.ExecuteAsync(
                $"INSERT INTO article_events (article_id, kind, occurred_at, quiet) SELECT id, '{ArticleRows.DeletedEvent}', @now, true FROM ({Demo}) d ORDER BY id",
                token, ("@now", NpgsqlCommandExtensions.Stored(time.GetUtcNow()))).ConfigureAwait(false);
            return await connection.ExecuteAsync("DELETE FROM articles WHERE demo", token).ConfigureAwait(false);
        }, ct, PostgresDatabase.ChangeLogLock);

    /// <remarks>Id-ordered pages on one connection: at most one page in memory, no transaction held while the caller works.</remarks>
    public async IAsyncEnumerable<Article> ReadAllAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var connection = await database.OpenAsync(ct).ConfigureAwait(false);
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
            : database.ReadAsync<IReadOnlyList<ArticleEvent>>(async (connection, token) =>
                await connection.QueryAsync(
                    "SELECT seq, article_id, kind FROM article_events WHERE seq > @after ORDER BY seq LIMIT @max",
                    ArticleRows.ReadEvent, token, ("@after", afterSequence), ("@max", max)).ConfigureAwait(false), ct);

    public Task<long> LastSequenceAsync(CancellationToken ct) =>
        database.ReadAsync(async (connection, token) =>
            await connection.Int64Async("SELECT COALESCE(MAX(seq), 0) FROM article_events", token).ConfigureAwait(false) ?? 0, ct);
}
