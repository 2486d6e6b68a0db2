using System.Data.Common;
using System.Text.Json;
using NpgsqlTypes;

namespace Airspace.Storage.Postgres;

/// <summary>
/// Copies an embedded (SQLite) store into an empty PostgreSQL store, table by table with the same ids and sequences:
/// articles and their change log, cursors, subscriptions (schedules and languages included), deliveries (claims
/// included: their owner never beat, so the first replica to start gives them back), the articles kept for digests, sources with their state, items and notices, and seen interactions.
/// One transaction: a failed copy leaves the target empty. The source is read through plain ADO.NET, so this project
/// needs no SQLite driver; the caller opens it at the latest SQLite schema.
/// </summary>
public static class StoreCopy
{
    private static readonly Table[] Tables =
    [
        new("articles",
        [
            Int64("id"), Text("source"), Text("external_id"), Text("url"), Text("title"), Text("body"), Text("language"), Int64("published"),
            Int64("updated"), Text("author"), List("categories"), Text("image_url"), Text("content_hash"), Text("summary"),
            Text("summarizer_version"), Int64("ingested_at"), Bool("demo"),
        ]),
        new("article_events", [Int64("seq"), Int64("article_id"), Text("kind"), Int64("occurred_at"), Bool("quiet")]),
        new("cursors", [Text("name"), Int64("seq")]),
        new("subscriptions",
        [
            Int64("id"), Text("address"), List("keywords"), Int64("start_seq"), Int64("catch_up_seq"), Int64("created_at"), Bool("enabled"),
            Text("disabled_reason"), Int64("removed_at"), List("sources"), Text("digest_at"), Text("quiet"), Text("time_zone"),
            Int64("digest_slot"), Text("language"),
        ]),
        new("deliveries",
        [
            Int64("id"), Int64("article_id"), Int64("subscription_id"), Text("address"), Text("kind"), Text("status"), Int32("attempts"),
            Int64("due_at"), Int64("created_at"), Int64("sent_at"), Text("message_id"), Text("last_error"), Int64("event_seq"),
            Int64("claimed_seq"), Text("claimed_by"),
        ]),
        new("digest_items", [Int64("subscription_id"), Int64("article_id"), Int64("event_seq"), Int64("delivery_id")]),
        new("sources",
        [
            Text("name_key"), Text("name"), Text("kind"), Text("url"), Int64("interval_ms"), List("categories"), Bool("local"),
            Int64("created_at"), Text("folder"),
        ]),
        new("source_state",
        [
            Text("name_key"), Text("name"), Text("health"), Text("etag"), Text("last_modified"), Int32("failures"), Text("last_error"),
            Int64("last_poll_at"), Int64("last_success_at"), Int64("next_poll_at"), Int64("baseline_at"), Int64("unhealthy_since"),
            Int32("item_count"),
        ]),
        new("source_items", [Text("source_key"), Text("item_id"), Text("fingerprint"), Int64("article_id"), Int64("first_seen_at"), Int64("last_seen_at")]),
        new("source_notices", [Text("source_key"), Int64("episode"), Text("address"), Int64("claimed_at")]),
        new("seen_interactions", [Text("platform"), Text("id"), Int64("keep_until")]),
        new("paging_keys", [Text("paging_key"), Text("query"), Int64("keep_until")]),
    ];

    /// <summary>
    /// Copies every table of <paramref name="source"/> into <paramref name="target"/>, which must hold no articles,
    /// subscriptions, deliveries or sources. Returns the rows copied per table, in copy order.
    /// </summary>
    public static async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync(DbConnection source, PostgresDatabase target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return await target.WriteAsync(async (connection, token) =>
        {
            await connection.ExecuteAsync(
                "SELECT pg_advisory_xact_lock(@changes), pg_advisory_xact_lock(@planner), pg_advisory_xact_lock(@subscriptions)", token,
                ("@changes", PostgresDatabase.ChangeLogLock), ("@planner", PostgresDatabase.PlannerLock), ("@subscriptions", PostgresDatabase.SubscriptionsLock)).ConfigureAwait(false);
            var existing = await connection.Int64Async(
                "SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM subscriptions) + (SELECT COUNT(*) FROM deliveries) + (SELECT COUNT(*) FROM sources)",
                token).ConfigureAwait(false);
            if (existing > 0)
            {
                throw new InvalidOperationException(
                    $"The PostgreSQL store {target.Name} already holds data; store copy only fills an empty database (create a new one, or empty this one).");
            }

            var copied = new List<(string, long)>();
            foreach (var table in Tables)
            {
                copied.Add((table.Name, await CopyTableAsync(source, connection, table, token).ConfigureAwait(false)));
            }

            foreach (var (table, column) in new[] { ("article_events", "seq"), ("subscriptions", "id"), ("deliveries", "id") })
            {
                // Identity columns continue after the copied values.
                await connection.ExecuteAsync(
                    $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), COALESCE(MAX({column}), 0) + 1, false) FROM {table}", token).ConfigureAwait(false);
            }

            return (IReadOnlyList<(string, long)>)copied;
        }, ct).ConfigureAwait(false);
    }

    private static async Task<long> CopyTableAsync(DbConnection source, NpgsqlConnection target, Table table, CancellationToken ct)
    {
        var names = string.Join(", ", table.Columns.Select(c => c.Name));
        var select = source.CreateCommand();
        await using var selectLifetime = select.ConfigureAwait(false);
        select.CommandText = $"SELECT {names} FROM {table.Name}";
        var reader = await select.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using var readerLifetime = reader.ConfigureAwait(false);
        var importer = await target.BeginBinaryImportAsync($"COPY {table.Name} ({names}) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        await using var importerLifetime = importer.ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            await importer.StartRowAsync(ct).ConfigureAwait(false);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                await WriteAsync(importer, reader, i, table.Columns[i].Kind, ct).ConfigureAwait(false);
            }
        }

        return (long)await importer.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, DbDataReader reader, int i, ColumnKind kind, CancellationToken ct)
    {
        if (reader.IsDBNull(i))
        {
            return importer.WriteNullAsync(ct);
        }

        return kind switch
        {
            ColumnKind.Text => importer.WriteAsync(reader.GetString(i), NpgsqlDbType.Text, ct),
            ColumnKind.Int64 => importer.WriteAsync(reader.GetInt64(i), NpgsqlDbType.Bigint, ct),
            ColumnKind.Int32 => importer.WriteAsync(reader.GetInt32(i), NpgsqlDbType.Integer, ct),
            ColumnKind.Bool => importer.WriteAsync(reader.GetInt64(i) != 0, NpgsqlDbType.Boolean, ct),
            _ => importer.WriteAsync(JsonSerializer.Deserialize(reader.GetString(i), StoreCopyJson.Default.StringArray) ?? [], NpgsqlDbType.Array | NpgsqlDbType.Text, ct),
        };
    }

    private static Column Text(string name) => new(name, ColumnKind.Text);

    private static Column Int64(string name) => new(name, ColumnKind.Int64);

    private static Column Int32(string name) => new(name, ColumnKind.Int32);

    private static Column Bool(string name) => new(name, ColumnKind.Bool);

    /// <summary>A JSON array of strings in SQLite, <c>text[]</c> in PostgreSQL.</summary>
    private static Column List(string name) => new(name, ColumnKind.List);

    private enum ColumnKind
    {
        Text,
        Int64,
        Int32,
        Bool,
        List,
    }

    private sealed record Column(string Name, ColumnKind Kind);

    private sealed record Table(string Name, IReadOnlyList<Column> Columns);
}
