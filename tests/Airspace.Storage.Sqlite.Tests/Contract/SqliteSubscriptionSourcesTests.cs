using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="SubscriptionSourcesContract"/> on a real SQLite file.</summary>
public sealed class SqliteSubscriptionSourcesTests : SubscriptionSourcesContract
{
    private readonly TestDatabase _db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public SqliteSubscriptionSourcesTests()
        : this(new TestDatabase())
    {
    }

    private SqliteSubscriptionSourcesTests(TestDatabase db)
        : base(db)
    {
        _db = db;
    }

    [Fact]
    public async Task Migrate_SubscriptionOfThePreviousRelease_FollowsEverySource()
    {
        await PreviousSchema.CreateAsync(_db.DatabasePath, "ADD COLUMN sources",
        [
            """
            INSERT INTO subscriptions (id, address, keywords, start_seq, created_at, enabled)
            VALUES (1, 'telegram:-1001', '["rafale"]', 0, 0, 1);
            """,
        ]);
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("Rafale from the feed", source: "antara"), _ct);
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("Rafale imported", source: "file"), _ct);

        var subscription = Assert.Single(await _db.Subscriptions.ListAsync(_ct));
        var planned = await _db.Deliveries.PlanAsync(100, Filter, _ct);

        Assert.Null(subscription.Sources);
        Assert.Equal(["rafale"], subscription.Keywords);
        Assert.Equal(2, planned);
    }
}
