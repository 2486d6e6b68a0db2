using Airspace.Core.Sources;

namespace Airspace.Storage.Postgres.Sources;

/// <summary><see cref="ISourceStateStore"/> on PostgreSQL: polling state, ingested items and notice claims per source.</summary>
public sealed class PostgresSourceStateStore(PostgresDatabase database) : ISourceStateStore
{
    public Task<SourceState> GetAsync(string source, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return database.ReadAsync(async (connection, token) =>
            (await connection.QueryAsync(
                $"SELECT {SourceRows.StateColumns} FROM source_state WHERE name_key = @key",
                SourceRows.ReadState, token, ("@key", SourceRows.Key(source))).ConfigureAwait(false)).FirstOrDefault()
            ?? new SourceState { Name = source.Trim() }, ct);
    }

    public Task<IReadOnlyList<SourceState>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<SourceState>>(async (connection, token) =>
            await connection.QueryAsync($"SELECT {SourceRows.StateColumns} FROM source_state ORDER BY name_key", SourceRows.ReadState, token).ConfigureAwait(false), ct);

    public Task SaveAsync(SourceState state, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(state);
        return database.ReadAsync((connection, token) => connection.ExecuteAsync(
            """
            INSERT INTO source_state (name_key, name, health, etag, last_modified, failures, last_error, last_poll_at,
                                      last_success_at, next_poll_at, baseline_at, unhealthy_since, item_count)
            VALUES (@key, @name, @health, @etag, @last_modified, @failures, @last_error, @last_poll_at,
                    @last_success_at, @next_poll_at, @baseline_at, @unhealthy_since, @item_count)
            ON CONFLICT (name_key) DO UPDATE SET
                name = excluded.name, health = excluded.health, etag = excluded.etag, last_modified = excluded.last_modified,
                failures = excluded.failures, last_error = excluded.last_error, last_poll_at = excluded.last_poll_at,
                last_success_at = excluded.last_success_at, next_poll_at = excluded.next_poll_at,
                baseline_at = excluded.baseline_at, unhealthy_since = excluded.unhealthy_since, item_count = excluded.item_count
            """,
            token,
            ("@key", SourceRows.Key(state.Name)), ("@name", state.Name), ("@health", SourceRows.HealthText(state.Health)),
            ("@etag", state.ETag), ("@last_modified", state.LastModified), ("@failures", state.ConsecutiveFailures),
            ("@last_error", state.LastError), ("@last_poll_at", NpgsqlCommandExtensions.Stored(state.LastPollAt)),
            ("@last_success_at", NpgsqlCommandExtensions.Stored(state.LastSuccessAt)), ("@next_poll_at", NpgsqlCommandExtensions.Stored(state.NextPollAt)),
            ("@baseline_at", NpgsqlCommandExtensions.Stored(state.BaselineAt)), ("@unhealthy_since", NpgsqlCommandExtensions.Stored(state.UnhealthySince)),
            ("@item_count", state.ItemCount)), ct);
    }

    public async Task<IReadOnlyDictionary<string, SourceItem>> GetItemsAsync(string source, IReadOnlyCollection<string> itemIds, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(itemIds);
        if (itemIds.Count == 0)
        {
            return new Dictionary<string, SourceItem>(StringComparer.Ordinal);
        }

        var rows = await database.ReadAsync((connection, token) => connection.QueryAsync(
            "SELECT item_id, fingerprint, article_id FROM source_items WHERE source_key = @key AND item_id = ANY(@ids)",
            r => new SourceItem(source, r.GetString(0), r.GetString(1), r.GetNullableInt64(2)), token,
            ("@key", SourceRows.Key(source)), ("@ids", itemIds.Distinct(StringComparer.Ordinal).ToArray())), ct).ConfigureAwait(false);
        return rows.ToDictionary(row => row.ItemId, StringComparer.Ordinal);
    }

    public Task RecordItemAsync(SourceItem item, DateTimeOffset seenAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        return database.ReadAsync((connection, token) => connection.ExecuteAsync(
            """
            INSERT INTO source_items (source_key, item_id, fingerprint, article_id, first_seen_at, last_seen_at)
            VALUES (@key, @item_id, @fingerprint, @article_id, @now, @now)
            ON CONFLICT (source_key, item_id) DO UPDATE SET
                fingerprint = excluded.fingerprint, article_id = COALESCE(excluded.article_id, source_items.article_id),
                last_seen_at = excluded.last_seen_at
            """,
            token,
            ("@key", SourceRows.Key(item.Source)), ("@item_id", item.ItemId), ("@fingerprint", item.Fingerprint),
            ("@article_id", item.ArticleId), ("@now", NpgsqlCommandExtensions.Stored(seenAt))), ct);
    }

    public Task<bool> TryClaimNoticeAsync(string source, DateTimeOffset episode, string address, CancellationToken ct) =>
        database.ReadAsync(async (connection, token) => await connection.ExecuteAsync(
            """
            INSERT INTO source_notices (source_key, episode, address, claimed_at) VALUES (@key, @episode, @address, @episode)
            ON CONFLICT DO NOTHING
            """,
            token, ("@key", SourceRows.Key(source)), ("@episode", NpgsqlCommandExtensions.Stored(episode)), ("@address", address)).ConfigureAwait(false) > 0, ct);

    public Task ReleaseNoticeAsync(string source, DateTimeOffset episode, string address, CancellationToken ct) =>
        database.ReadAsync((connection, token) => connection.ExecuteAsync(
            "DELETE FROM source_notices WHERE source_key = @key AND episode = @episode AND address = @address",
            token, ("@key", SourceRows.Key(source)), ("@episode", NpgsqlCommandExtensions.Stored(episode)), ("@address", address)), ct);
}
