using Airspace.Core.Articles;
using Airspace.Storage.Contract;

namespace Airspace.Storage.Sqlite.Tests.Contract;

/// <summary>The storage contract <see cref="ArticleStoreUpsertContract"/> on a real SQLite file.</summary>
public sealed class SqliteArticleStoreUpsertTests : ArticleStoreUpsertContract
{
    private readonly TestDatabase _db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public SqliteArticleStoreUpsertTests()
        : this(new TestDatabase())
    {
    }

    private SqliteArticleStoreUpsertTests(TestDatabase db)
        : base(db)
    {
        _db = db;
    }

    [Fact]
    public async Task UpsertAsync_AnotherProcessHoldsWriteLock_WaitsForItInsteadOfFailing()
    {
        await _db.Database.MigrateAsync(_ct);
        await using var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_db.DatabasePath};Pooling=False");
        await other.OpenAsync(_ct);
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync(_ct);
        }

        var upsert = Task.Run(() => _db.Articles.UpsertAsync(TestArticles.NewArticle(), _ct));
        await Task.Delay(100);
        await using (var commit = other.CreateCommand())
        {
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync(_ct);
        }

        Assert.Equal(UpsertKind.Inserted, (await upsert).Kind);
    }
}
