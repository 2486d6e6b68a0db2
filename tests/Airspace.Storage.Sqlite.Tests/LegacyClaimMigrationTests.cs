using Airspace.Core.Publishing;

namespace Airspace.Storage.Sqlite.Tests;

/// <summary>The migration that gives claims an owner, on a store the previous release left with claims outstanding.</summary>
public sealed class LegacyClaimMigrationTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    /// <summary>
    /// A store at the schema before claimed_by: delivery 1 claimed by a process that then stopped (due at the lease end,
    /// the claim counted as an attempt), 2 never claimed, 3 sent.
    /// </summary>
    private Task CreatePreviousStoreAsync()
    {
        var leaseEnd = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeMilliseconds();
        return PreviousSchema.CreateAsync(_db.DatabasePath, "ADD COLUMN claimed_by",
        [
            """
            INSERT INTO articles (id, source, external_id, url, title, body, language, published, categories, content_hash, summary, summarizer_version, ingested_at)
            VALUES (1, 'test', 'a1', NULL, 'Title', 'Body.', 'en', 1000, '[]', 'hash', 'Summary.', 'x', 0);
            INSERT INTO article_events (seq, article_id, kind, occurred_at) VALUES (1, 1, 'created', 0);
            INSERT INTO subscriptions (id, address, keywords, start_seq, created_at, enabled)
            VALUES (1, 'telegram:-1001', '[]', 0, 0, 1), (2, 'telegram:-1002', '[]', 0, 0, 1), (3, 'telegram:-1003', '[]', 0, 0, 1);
            """,
            $"""
            INSERT INTO deliveries (id, article_id, subscription_id, address, kind, status, attempts, due_at, created_at, event_seq, claimed_seq)
            VALUES (1, 1, 1, 'telegram:-1001', 'post', 'pending', 1, {leaseEnd}, 500, 1, 1),
                   (2, 1, 2, 'telegram:-1002', 'post', 'pending', 0, 600, 600, 1, NULL),
                   (3, 1, 3, 'telegram:-1003', 'post', 'sent', 1, {leaseEnd}, 700, 1, 1);
            """,
        ]);
    }

    [Fact]
    public async Task Migrate_ClaimLeftByThePreviousRelease_GivenBackAtStartWithItsAttempt()
    {
        await CreatePreviousStoreAsync();

        var released = await _db.Deliveries.ReleaseClaimsAsync(["host/1/new"], _ct);

        Assert.Equal(1, released);
        var pending = (await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct)).OrderBy(d => d.Id.Value).ToList();
        Assert.Equal([1L, 2], pending.Select(d => d.Id.Value));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(500), pending[0].DueAt);
        Assert.Equal(0, pending[0].Attempts);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(600), pending[1].DueAt);
        Assert.Equal(1, Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Sent, 10, _ct)).Attempts);
    }
}
