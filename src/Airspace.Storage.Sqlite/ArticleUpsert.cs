using Airspace.Core.Articles;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// The body of <see cref="SqliteArticleStore.UpsertAsync"/>, run inside its IMMEDIATE transaction.
/// Duplicates are looked up by (source, external id), then URL, then content hash. A match by a weaker key only
/// takes the update when it is the same item: same source, and no contradicting external id (or URL, for a hash
/// match). Anything else is the same story from elsewhere (another source, a syndicated copy) and is
/// <see cref="UpsertKind.Unchanged"/>: the first source owns the article, and two copies never overwrite each
/// other back and forth.
/// </summary>
internal static class ArticleUpsert
{
    private const string Select = $"SELECT {ArticleRows.Columns} FROM articles";

    public static async Task<UpsertOutcome> RunAsync(SqliteConnection connection, NewArticle incoming, DateTimeOffset now, CancellationToken ct)
    {
        var (stored, mayUpdate) = await FindDuplicateAsync(connection, incoming, ct).ConfigureAwait(false);
        if (stored is null)
        {
            var id = await InsertAsync(connection, incoming, now, ct).ConfigureAwait(false);
            await AppendEventAsync(connection, id, ArticleRows.CreatedEvent, now, ct, incoming.Quiet).ConfigureAwait(false);
            return new UpsertOutcome(UpsertKind.Inserted, id);
        }

        if (!mayUpdate)
        {
            return new UpsertOutcome(UpsertKind.Unchanged, stored.Id);
        }

        var merged = await MergeAsync(connection, stored, incoming, ct).ConfigureAwait(false);
        if (DuplicateRules.SameContent(stored, merged))
        {
            return new UpsertOutcome(UpsertKind.Unchanged, stored.Id);
        }

        await UpdateAsync(connection, merged, ct).ConfigureAwait(false);
        await AppendEventAsync(connection, stored.Id, ArticleRows.UpdatedEvent, now, ct).ConfigureAwait(false);
        return new UpsertOutcome(UpsertKind.Updated, stored.Id);
    }

    private static async Task<(Article? Stored, bool MayUpdate)> FindDuplicateAsync(SqliteConnection connection, NewArticle incoming, CancellationToken ct)
    {
        if (incoming.ExternalId is not null
            && await FirstAsync(connection, $"{Select} WHERE source = @source AND external_id = @external_id", ct,
                ("@source", incoming.Source), ("@external_id", incoming.ExternalId)).ConfigureAwait(false) is { } byExternalId)
        {
            return (byExternalId, true);
        }

        if (incoming.Url is not null
            && await FirstAsync(connection, $"{Select} WHERE url = @url", ct, ("@url", incoming.Url)).ConfigureAwait(false) is { } byUrl)
        {
            return (byUrl, DuplicateRules.MayUpdateByUrl(byUrl, incoming));
        }

        if (await FirstAsync(connection, $"{Select} WHERE content_hash = @hash ORDER BY id LIMIT 1", ct, ("@hash", incoming.ContentHash)).ConfigureAwait(false) is { } byHash)
        {
            return (byHash, DuplicateRules.MayUpdateByHash(byHash, incoming));
        }

        return (null, false);
    }

    /// <summary>The merged article (<see cref="DuplicateRules.Merge"/>), keeping the stored URL when another article owns the incoming one.</summary>
    private static async Task<Article> MergeAsync(SqliteConnection connection, Article stored, NewArticle incoming, CancellationToken ct)
    {
        var url = incoming.Url ?? stored.Url;
        if (url is not null && url != stored.Url
            && await connection.Int64Async("SELECT id FROM articles WHERE url = @url", ct, ("@url", url)).ConfigureAwait(false) is not null)
        {
            // Another article already owns that URL; keep ours rather than break the unique key.
            url = stored.Url;
        }

        return DuplicateRules.Merge(stored, incoming, url);
    }

    /// <remarks>
    /// The id is chosen past every id the change log has ever named, so an id freed by <c>demo remove</c> is never
    /// given to a new article (a follower of the log would take the new article for the deleted one). Both maxima are
    /// index look-ups; the table keeps its plain INTEGER PRIMARY KEY (no AUTOINCREMENT rebuild needed).
    /// </remarks>
    private static async Task<ArticleId> InsertAsync(SqliteConnection connection, NewArticle a, DateTimeOffset now, CancellationToken ct)
    {
        var id = await connection.Int64Async(
            """
            INSERT INTO articles (id, source, external_id, url, title, body, language, published, updated, author, categories,
                                  image_url, content_hash, summary, summarizer_version, ingested_at, demo)
            VALUES ((SELECT MAX((SELECT COALESCE(MAX(id), 0) FROM articles), (SELECT COALESCE(MAX(article_id), 0) FROM article_events)) + 1),
                    @source, @external_id, @url, @title, @body, @language, @published, @updated, @author, @categories,
                    @image_url, @content_hash, @summary, @summarizer_version, @ingested_at, @demo)
            RETURNING id
            """,
            ct,
            ("@source", a.Source), ("@external_id", a.ExternalId), ("@url", a.Url), ("@title", a.Title), ("@body", a.Body),
            ("@language", a.Language), ("@published", UnixTime.ToStorage(a.Published)), ("@updated", UnixTime.ToStorage(a.Updated)),
            ("@author", a.Author), ("@categories", JsonList.Write(a.Categories)), ("@image_url", a.ImageUrl),
            ("@content_hash", a.ContentHash), ("@summary", a.Summary), ("@summarizer_version", a.SummarizerVersion),
            ("@ingested_at", UnixTime.ToStorage(now)), ("@demo", a.Demo ? 1 : 0)).ConfigureAwait(false);
        return new ArticleId(id ?? throw new InvalidOperationException("INSERT … RETURNING id returned no row."));
    }

    private static Task<int> UpdateAsync(SqliteConnection connection, Article a, CancellationToken ct) =>
        connection.ExecuteAsync(
            """
            UPDATE articles
            SET external_id = @external_id, url = @url, title = @title, body = @body, language = @language,
                published = @published, updated = @updated, author = @author, categories = @categories,
                image_url = @image_url, content_hash = @content_hash, summary = @summary, summarizer_version = @summarizer_version
            WHERE id = @id
            """,
            ct,
            ("@id", a.Id.Value), ("@external_id", a.ExternalId), ("@url", a.Url), ("@title", a.Title), ("@body", a.Body),
            ("@language", a.Language), ("@published", UnixTime.ToStorage(a.Published)), ("@updated", UnixTime.ToStorage(a.Updated)),
            ("@author", a.Author), ("@categories", JsonList.Write(a.Categories)), ("@image_url", a.ImageUrl),
            ("@content_hash", a.ContentHash), ("@summary", a.Summary), ("@summarizer_version", a.SummarizerVersion));

    private static Task<int> AppendEventAsync(SqliteConnection connection, ArticleId id, string kind, DateTimeOffset now, CancellationToken ct, bool quiet = false) =>
        connection.ExecuteAsync(
            "INSERT INTO article_events (article_id, kind, occurred_at, quiet) VALUES (@article_id, @kind, @occurred_at, @quiet)",
            ct, ("@article_id", id.Value), ("@kind", kind), ("@occurred_at", UnixTime.ToStorage(now)), ("@quiet", quiet ? 1 : 0));

    private static async Task<Article?> FirstAsync(SqliteConnection connection, string sql, CancellationToken ct, params (string, object?)[] parameters) =>
        (await connection.QueryAsync(sql, ArticleRows.Read, ct, parameters).ConfigureAwait(false)).FirstOrDefault();
}
