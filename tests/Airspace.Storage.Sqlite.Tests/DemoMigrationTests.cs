using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite.Tests;

/// <summary>The migration that adds the demo mark, on a data folder the first-run flood already hit.</summary>
public sealed class DemoMigrationTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    /// <summary>
    /// A folder as the seeder left it before the mark existed: the IndoSum archive (ids 1–2) and the Airspace sample
    /// (id 3) seeded into an empty store, then the user's own articles (4, and 5: a hand import of an IndoSum record).
    /// A Telegram group subscribed before the first run got a post planned for everything; the console for the sample.
    /// </summary>
    private Task CreateHitFolderAsync() =>
        PreviousSchema.CreateAsync(_db.DatabasePath, "ADD COLUMN demo",
        [
            "INSERT INTO cursors (name, seq) VALUES ('seed', 2), ('publisher', 5)",
            Article(1, "kumparan", "1490674536-mustahil-transportasi", "https://kumparan.com/a"),
            Article(2, "cnn indonesia", "1494823800-gempa-bumi", "https://cnnindonesia.com/b"),
            Article(3, "airspace-review.com", "2023-09-15-kim-jong-un-knaaz", null),
            Article(4, "airspace-review", "wp-801", "https://airspace-review.com/801"),
            Article(5, "kumparan", "1490674999-impor-manual", "https://kumparan.com/c"),
            "INSERT INTO subscriptions (id, address, keywords, start_seq, created_at, enabled) VALUES (1, 'telegram:-1001', '[]', 0, 0, 1), (2, 'console', '[]', 2, 0, 1)",
            Delivery(1, 1, "telegram:-1001"), Delivery(2, 1, "telegram:-1001"), Delivery(3, 1, "telegram:-1001"),
            Delivery(4, 1, "telegram:-1001"), Delivery(5, 1, "telegram:-1001"), Delivery(3, 2, "console"),
        ]);

    private static string Article(int id, string source, string externalId, string? url) =>
        $"""
        INSERT INTO articles (id, source, external_id, url, title, body, language, published, categories, content_hash, summary, summarizer_version, ingested_at)
        VALUES ({id}, '{source}', '{externalId}', {(url is null ? "NULL" : $"'{url}'")}, 'Title {id}', 'Body {id}.', 'id', {id}000, '[]', 'hash{id}', 'Summary {id}.', 'x', 0);
        INSERT INTO article_events (seq, article_id, kind, occurred_at) VALUES ({id}, {id}, 'created', 0);
        """;

    private static string Delivery(int article, int subscription, string address) =>
        $"""
        INSERT INTO deliveries (article_id, subscription_id, address, kind, status, attempts, due_at, created_at, event_seq)
        VALUES ({article}, {subscription}, '{address}', 'post', 'pending', 0, 0, 0, {article})
        """;

    [Fact]
    public async Task Migrate_FolderHitByTheDemoFlood_MarksTheSeededArticlesOnly()
    {
        await CreateHitFolderAsync();

        var all = await _db.Articles.LatestAsync(10, includeDemo: true, _ct);

        Assert.Equal([1L, 2, 3], all.Where(a => a.Demo).Select(a => a.Id.Value).Order());
        Assert.Equal([4L, 5], all.Where(a => !a.Demo).Select(a => a.Id.Value).Order());
        Assert.Equal([5L, 4], (await _db.Articles.LatestAsync(10, _ct)).Select(a => a.Id.Value));
    }

    [Fact]
    public async Task Migrate_FolderHitByTheDemoFlood_CancelsDemoAlertsExceptTheSampleOnTheConsole()
    {
        await CreateHitFolderAsync();

        var pending = await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 20, _ct);
        var cancelled = await _db.Deliveries.ListAsync(DeliveryStatus.Cancelled, 20, _ct);

        Assert.Equal(["3 console", "4 telegram:-1001", "5 telegram:-1001"], pending.Select(d => $"{d.ArticleId} {d.Address}").Order());
        Assert.Equal([1L, 2, 3], cancelled.Select(d => d.ArticleId.Value).Order());
        Assert.All(cancelled, d => Assert.Equal("telegram:-1001", d.Address.ToString()));
    }

    [Fact]
    public async Task Migrate_ChangeLogRebuilt_KeepsEventsAndSequencesAndAcceptsDeletions()
    {
        await CreateHitFolderAsync();

        var events = await _db.Articles.ReadEventsAsync(0, 10, _ct);
        var next = await _db.Articles.UpsertAsync(TestArticles.NewArticle("After the upgrade", url: "https://example.test/next"), _ct);
        var removed = await _db.Articles.RemoveDemoAsync(_ct);

        Assert.Equal([1L, 2, 3, 4, 5], events.Select(e => e.Sequence));
        Assert.All(events, e => Assert.Equal(ArticleEventKind.Created, e.Kind));
        Assert.Equal(6, (await _db.Articles.ReadEventsAsync(5, 1, _ct)).Single(e => e.ArticleId == next.Id).Sequence);
        Assert.Equal(3, removed);
        Assert.Equal(3, (await _db.Articles.ReadEventsAsync(6, 10, _ct)).Count(e => e.Kind == ArticleEventKind.Deleted));
        Assert.Equal(3, await _db.Articles.CountAsync(_ct));
    }

    [Fact]
    public async Task Migrate_StoreNeverSeeded_MarksNothing()
    {
        await CreateHitFolderAsync();
        // Same rows, but no first run went through the seeder (e.g. articles imported before the first run).
        var seedless = new TestDatabase();
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(seedless.DatabasePath)!);
            File.Copy(_db.DatabasePath, seedless.DatabasePath);
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = seedless.DatabasePath, Pooling = false }.ToString()))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM cursors WHERE name = 'seed'";
                await command.ExecuteNonQueryAsync();
            }

            Assert.Equal(5, (await seedless.Articles.LatestAsync(10, _ct)).Count);
        }
        finally
        {
            seedless.Dispose();
        }
    }
}
