using Airspace.Core.Sources;

namespace Airspace.Storage.Postgres.Sources;

/// <summary><see cref="ISourceStore"/> on PostgreSQL: sources added with <c>airspace sources add</c>.</summary>
public sealed class PostgresSourceStore(PostgresDatabase database, TimeProvider time) : ISourceStore
{
    public Task AddAsync(SourceDefinition source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Name);
        return database.ReadAsync((connection, token) => connection.ExecuteAsync(
            """
            INSERT INTO sources (name_key, name, kind, url, interval_ms, categories, local, folder, created_at)
            VALUES (@key, @name, @kind, @url, @interval, @categories, @local, @folder, @now)
            ON CONFLICT (name_key) DO UPDATE SET
                name = excluded.name, kind = excluded.kind, url = excluded.url, interval_ms = excluded.interval_ms,
                categories = excluded.categories, local = excluded.local, folder = excluded.folder
            """,
            token,
            ("@key", SourceRows.Key(source.Name)), ("@name", source.Name.Trim()), ("@kind", SourceRows.KindText(source.Kind)),
            ("@url", source.Url.AbsoluteUri), ("@interval", (long)source.Interval.TotalMilliseconds),
            ("@categories", source.Categories.ToArray()), ("@local", source.Local), ("@folder", source.Folder),
            ("@now", NpgsqlCommandExtensions.Stored(time.GetUtcNow()))), ct);
    }

    /// <remarks>The state goes with it; its item records stay so re-adding the source does not post them again.</remarks>
    public Task<bool> RemoveAsync(string name, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = SourceRows.Key(name);
        return database.WriteAsync(async (connection, token) =>
        {
            var removed = await connection.ExecuteAsync("DELETE FROM sources WHERE name_key = @key", token, ("@key", key)).ConfigureAwait(false);
            if (removed > 0)
            {
                await connection.ExecuteAsync("DELETE FROM source_state WHERE name_key = @key", token, ("@key", key)).ConfigureAwait(false);
            }

            return removed > 0;
        }, ct);
    }

    public Task<IReadOnlyList<SourceDefinition>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<SourceDefinition>>(async (connection, token) =>
            await connection.QueryAsync($"SELECT {SourceRows.DefinitionColumns} FROM sources ORDER BY name_key", SourceRows.ReadDefinition, token).ConfigureAwait(false), ct);
}
