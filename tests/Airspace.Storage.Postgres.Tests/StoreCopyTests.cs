using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Schedules;
using Airspace.Core.Sources;
using Airspace.Core.Subscriptions;
using Airspace.Storage.Postgres.Sources;
using Airspace.Storage.Sqlite;
using Airspace.Storage.Sqlite.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Storage.Postgres.Tests;

/// <summary><c>store copy</c>: a real SQLite store, copied into a fresh PostgreSQL database, reads the same through the ports.</summary>
[Collection(PostgresCollection.Name)]
public sealed class StoreCopyTests(PostgresCluster cluster) : IDisposable
{
    private static readonly DeliveryFilter All = (_, _) => true;
    private static readonly ChannelAddress Telegram = ChannelAddress.ForTelegram(-1001);
    private static readonly ChannelAddress Discord = ChannelAddress.ForDiscord(42);

    private readonly TempDirectory _temp = new();
    private readonly FakeTimeProvider _time = new(StoreHarness.Start);
    private readonly PostgresTestDatabase _target = new(cluster);
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose()
    {
        _target.Dispose();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task CopyAsync_FilledSqliteStore_EveryPortReadsTheSameFromPostgres()
    {
        var sqlite = await FillSqliteAsync();

        var copied = await CopyAsync();

        Assert.Equal(3, copied.Single(c => c.Table == "articles").Rows);
        var source = await SnapshotAsync(
            new SqliteArticleStore(sqlite, _time), new SqliteSubscriptionStore(sqlite, _time), new SqliteDeliveryStore(sqlite, _time),
            new SqliteSourceStore(sqlite, _time), new SqliteSourceStateStore(sqlite), new SqliteStateStore(sqlite));
        var target = await SnapshotAsync(
            _target.Articles, _target.Subscriptions, _target.Deliveries, _target.Sources, _target.SourceStates, _target.State);
        Assert.Equal(source, target);
    }

    [Fact]
    public async Task CopyAsync_ThenNewWrites_IdsAndSequencesContinueAfterTheCopiedOnes()
    {
        await FillSqliteAsync();
        await CopyAsync();
        var lastSequence = await _target.Articles.LastSequenceAsync(_ct);
        var subscriptions = await _target.Subscriptions.ListAsync(_ct);

        var added = await _target.Subscriptions.AddAsync(ChannelAddress.ForTelegram(-1003), [], 0, _ct);
        var inserted = await _target.Articles.UpsertAsync(TestArticles.NewArticle("After the copy", url: "https://airspace.test/after"), _ct);
        var planned = await _target.Deliveries.PlanAsync(100, All, _ct);

        Assert.True(added.Id.Value > subscriptions.Max(s => s.Id.Value));
        Assert.Equal(UpsertKind.Inserted, inserted.Kind);
        Assert.Equal(lastSequence + 1, await _target.Articles.LastSequenceAsync(_ct));
        Assert.Equal(3, planned);
    }

    [Fact]
    public async Task CopyAsync_TargetAlreadyHoldsData_RefusesAndCopiesNothing()
    {
        await FillSqliteAsync();
        await _target.Articles.UpsertAsync(TestArticles.NewArticle("Already here"), _ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(CopyAsync);

        Assert.Contains("already holds data", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await _target.Articles.CountAsync(_ct));
        Assert.Empty(await _target.Subscriptions.ListAsync(_ct));
    }

    [Fact]
    public async Task CopyAsync_DigestSubscription_ScheduleLanguageAndKeptArticlesCarryOver()
    {
        var database = await FillSqliteAsync();
        var subscriptions = new SqliteSubscriptionStore(database, _time);
        var deliveries = new SqliteDeliveryStore(database, _time);
        var articles = new SqliteArticleStore(database, _time);
        var schedule = new SubscriptionSchedule { Digest = new TimeOnly(7, 0), Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(6, 0)), TimeZone = "Asia/Jakarta" };
        var digestSubscription = await subscriptions.SetScheduleAsync(Discord, schedule, _ct);
        await subscriptions.SetLanguageAsync(digestSubscription!.Id, "en", _ct);
        var sent = (await articles.UpsertAsync(TestArticles.NewArticle("Kept one", url: "https://airspace.test/kept-1"), _ct)).Id;
        await deliveries.PlanAsync(100, All, _ct);
        var slot = StoreHarness.Start.AddDays(1);
        var digest = await deliveries.CloseDigestAsync(digestSubscription.Id, slot, _ct);
        var open = (await articles.UpsertAsync(TestArticles.NewArticle("Kept two", url: "https://airspace.test/kept-2"), _ct)).Id;
        await deliveries.PlanAsync(100, All, _ct);

        var copied = await CopyAsync();

        Assert.Equal(2, copied.Single(c => c.Table == "digest_items").Rows);
        var found = await _target.Subscriptions.FindAsync(Discord, _ct);
        Assert.Equal(schedule, found?.Schedule);
        Assert.Equal("en", found?.Language);
        Assert.Equal([sent], await _target.Deliveries.DigestArticlesAsync(digest!.Value, _ct));
        Assert.Equal(DeliveryKind.Digest, (await _target.Deliveries.ListAsync(DeliveryStatus.Pending, 100, _ct)).Single(d => d.Id == digest).Kind);
        Assert.Null(await _target.Deliveries.CloseDigestAsync(digestSubscription.Id, slot, _ct));
        var next = await _target.Deliveries.CloseDigestAsync(digestSubscription.Id, slot.AddDays(1), _ct);
        Assert.Equal([open], await _target.Deliveries.DigestArticlesAsync(next!.Value, _ct));
    }

    private string DatabasePath => _temp.Combine("data", "airspace.db");

    private async Task<SqliteDatabase> FillSqliteAsync()
    {
        var database = new SqliteDatabase(
            Options.Create(new SqliteStoreOptions { DatabasePath = DatabasePath, Pooling = false }), NullLogger<SqliteDatabase>.Instance);
        var articles = new SqliteArticleStore(database, _time);
        var subscriptions = new SqliteSubscriptionStore(database, _time);
        var deliveries = new SqliteDeliveryStore(database, _time);
        await subscriptions.AddAsync(Telegram, ["rafale"], sources: ["antara"], 0, _ct);
        await subscriptions.AddAsync(Discord, [], 0, _ct);
        await subscriptions.AddAsync(ChannelAddress.ForTelegram(-1002), [], 0, _ct);
        await subscriptions.RemoveAsync(ChannelAddress.ForTelegram(-1002), _ct);
        await articles.UpsertAsync(TestArticles.NewArticle("Rafale one", source: "antara", url: "https://airspace.test/1"), _ct);
        await articles.UpsertAsync(TestArticles.NewArticle("Rafale two", source: "antara", url: "https://airspace.test/2"), _ct);
        await articles.UpsertAsync(TestArticles.NewArticle("Demo", url: "https://airspace.test/3") with { Demo = true }, _ct);
        await deliveries.PlanAsync(100, All, _ct);
        var claimed = await deliveries.ClaimDueAsync(new DeliveryClaim { Owner = "sqlite-bot", Lane = null, Now = _time.GetUtcNow(), Max = 2, Lease = TimeSpan.FromMinutes(2) }, _ct);
        await deliveries.MarkSentAsync(claimed[0].Id, "m-1", _time.GetUtcNow(), _ct);
        await articles.UpsertAsync(TestArticles.NewArticle("Rafale one, updated", source: "antara", url: "https://airspace.test/1"), _ct);
        await deliveries.PlanAsync(100, All, _ct);
        var sources = new SqliteSourceStore(database, _time);
        await sources.AddAsync(new SourceDefinition
        {
            Name = "Antara", Kind = SourceKind.Feed, Url = new Uri("https://antara.test/rss"), Interval = TimeSpan.FromMinutes(15),
            Categories = ["news", "defence"], Local = true, Folder = "News/Indonesia",
        }, _ct);
        var states = new SqliteSourceStateStore(database);
        await states.SaveAsync(new SourceState { Name = "Antara", Health = SourceHealth.Unhealthy, ETag = "\"e1\"", ConsecutiveFailures = 2, LastPollAt = _time.GetUtcNow(), UnhealthySince = _time.GetUtcNow() }, _ct);
        await states.RecordItemAsync(new SourceItem("Antara", "guid-1", "f1", 1), _time.GetUtcNow(), _ct);
        Assert.True(await states.TryClaimNoticeAsync("Antara", _time.GetUtcNow(), Telegram.ToString(), _ct));
        await new SqliteSeenInteractionStore(database, _time).TryRecordAsync("discord", "111", _time.GetUtcNow().AddMinutes(5), _ct);
        return database;
    }

    private async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync()
    {
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await source.OpenAsync(_ct);
        return await StoreCopy.CopyAsync(source, _target.Database, _ct);
    }

    /// <summary>Everything the ports show, as text, so two stores compare in one assertion with a readable difference.</summary>
    private async Task<string> SnapshotAsync(
        IArticleStore articles, ISubscriptionStore subscriptions, IDeliveryStore deliveries, ISourceStore sources, ISourceStateStore states,
        Core.State.IStateStore state)
    {
        var lines = new List<string>();
        await foreach (var article in articles.ReadAllAsync(_ct))
        {
            lines.Add($"{article.Id} {article.Source} {article.Url} {article.Title} {article.Published:O} {article.IngestedAt:O} {article.Demo} {string.Join('|', article.Categories)}");
        }

        lines.AddRange((await articles.ReadEventsAsync(0, 100, _ct)).Select(e => e.ToString()));
        lines.AddRange((await subscriptions.ListAsync(_ct)).Select(s => $"{s.Id} {s.Address} {string.Join('|', s.Keywords)} {(s.Sources is null ? "all" : string.Join('|', s.Sources))} {s.StartSequence} {s.Enabled} {s.CreatedAt:O} {s.Schedule} {s.Language}"));
        foreach (var status in Enum.GetValues<DeliveryStatus>())
        {
            lines.AddRange((await deliveries.ListAsync(status, 100, _ct)).Select(d => $"{d.Id} {d.ArticleId} {d.SubscriptionId} {d.Address} {d.Kind} {d.Status} {d.Attempts} {d.DueAt:O} {d.MessageId} {d.ClaimedBy} {d.LastError}"));
        }

        lines.AddRange((await sources.ListAsync(_ct)).Select(s => $"{s.Name} {s.Kind} {s.Url} {s.Interval} {string.Join('|', s.Categories)} {s.Local} {s.Folder}"));
        lines.AddRange((await states.ListAsync(_ct)).Select(s => s.ToString()));
        lines.AddRange((await states.GetItemsAsync("Antara", ["guid-1"], _ct)).Values.Select(i => i.ToString()));
        lines.Add($"notice claimed again: {await states.TryClaimNoticeAsync("Antara", _time.GetUtcNow(), Telegram.ToString(), _ct)}");
        lines.Add($"planner cursor: {await state.GetAsync(DeliveryPlanner.Cursor, _ct)}");
        return string.Join('\n', lines);
    }
}
