using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Postgres;

/// <summary>
/// The body of <see cref="PostgresDeliveryStore.PlanAsync"/>, run under the planner's advisory lock: the outbox rows
/// for the change-log events past <see cref="DeliveryPlanner.Cursor"/>, and the cursor advanced, in one transaction.
/// The unique indexes on deliveries make every insert idempotent, so a replay plans nothing twice.
/// </summary>
internal sealed class PlanningTransaction(NpgsqlConnection connection, DeliveryFilter filter, DeliveryHold hold, DateTimeOffset now)
{
    private const string InsertPost =
        """
        INSERT INTO deliveries (article_id, subscription_id, address, kind, status, attempts, due_at, created_at, event_seq)
        VALUES (@article_id, @subscription_id, @address, 'post', 'pending', 0, @due, @now, @event_seq)
        ON CONFLICT DO NOTHING
        """;

    // A digest subscription keeps the article for its next digest instead (DigestScheduler closes it).
    private const string InsertDigestItem =
        """
        INSERT INTO digest_items (subscription_id, article_id, event_seq)
        VALUES (@subscription_id, @article_id, @event_seq)
        ON CONFLICT DO NOTHING
        """;

    // An update of an article whose Post is still pending needs nothing: the post renders the latest article.
    private const string InsertEdits =
        """
        INSERT INTO deliveries (article_id, subscription_id, address, kind, status, attempts, due_at, created_at, message_id, event_seq)
        SELECT p.article_id, p.subscription_id, p.address, 'edit', 'pending', 0, @now, @now, p.message_id, @event_seq
        FROM deliveries p
        JOIN subscriptions s ON s.id = p.subscription_id
        WHERE p.article_id = @article_id AND p.kind = 'post' AND p.status = 'sent' AND p.message_id IS NOT NULL
          AND s.enabled AND s.removed_at IS NULL
        ON CONFLICT DO NOTHING
        """;

    private readonly long _now = NpgsqlCommandExtensions.Stored(now);
    private readonly Dictionary<long, Article?> _articles = [];

    public async Task<int> RunAsync(int maxEvents, CancellationToken ct)
    {
        var planned = await CatchUpBackfillsAsync(ct).ConfigureAwait(false);
        if (maxEvents <= 0)
        {
            return planned;
        }

        var cursor = await Cursors.GetAsync(connection, DeliveryPlanner.Cursor, ct).ConfigureAwait(false);
        var events = await connection.QueryAsync(
            "SELECT seq, article_id, kind, quiet FROM article_events WHERE seq > @after ORDER BY seq LIMIT @max",
            r => (Change: ArticleRows.ReadEvent(r), Quiet: r.GetBoolean(3)), ct, ("@after", cursor), ("@max", maxEvents)).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return planned;
        }

        var subscriptions = await connection.QueryAsync(
            $"SELECT {SubscriptionRows.Columns} FROM subscriptions WHERE enabled AND removed_at IS NULL ORDER BY id",
            SubscriptionRows.Read, ct).ConfigureAwait(false);
        foreach (var (change, quiet) in events)
        {
            // A quiet Created event archives the article without posting it; a Deleted article has nothing to post or edit.
            planned += change.Kind switch
            {
                ArticleEventKind.Created when !quiet =>
                    await PlanPostsAsync(change, subscriptions.Where(s => s.StartSequence < change.Sequence), backfill: false, ct).ConfigureAwait(false),
                ArticleEventKind.Updated => await connection.ExecuteAsync(InsertEdits, ct,
                    ("@article_id", change.ArticleId.Value), ("@event_seq", change.Sequence), ("@now", _now)).ConfigureAwait(false),
                _ => 0,
            };
        }

        await Cursors.SetAsync(connection, DeliveryPlanner.Cursor, events[^1].Change.Sequence, ct).ConfigureAwait(false);
        return planned;
    }

    /// <summary>Backfilled subscriptions start behind the cursor: plan their Created events up to where the backfill was asked.</summary>
    private async Task<int> CatchUpBackfillsAsync(CancellationToken ct)
    {
        var pending = await connection.QueryAsync(
            $"SELECT {SubscriptionRows.Columns}, catch_up_seq FROM subscriptions WHERE catch_up_seq IS NOT NULL AND enabled AND removed_at IS NULL",
            r => (Subscription: SubscriptionRows.Read(r), CatchUpTo: r.GetInt64(SubscriptionRows.Count)), ct).ConfigureAwait(false);
        var planned = 0;
        foreach (var (subscription, catchUpTo) in pending)
        {
            var created = await connection.QueryAsync(
                "SELECT seq, article_id, kind FROM article_events WHERE kind = 'created' AND seq > @start AND seq <= @until ORDER BY seq",
                ArticleRows.ReadEvent, ct, ("@start", subscription.StartSequence), ("@until", catchUpTo)).ConfigureAwait(false);
            foreach (var change in created)
            {
                planned += await PlanPostsAsync(change, [subscription], backfill: true, ct).ConfigureAwait(false);
            }

            // Only the catch-up just planned: a re-subscribe with a new --backfill that committed meanwhile keeps its own.
            await connection.ExecuteAsync(
                "UPDATE subscriptions SET catch_up_seq = NULL WHERE id = @id AND catch_up_seq = @seen",
                ct, ("@id", subscription.Id.Value), ("@seen", catchUpTo)).ConfigureAwait(false);
        }

        return planned;
    }

    /// <remarks>A demo article is never backfilled and only ever posted to the console channel, whatever the filter says.</remarks>
    private async Task<int> PlanPostsAsync(ArticleEvent created, IEnumerable<Subscription> subscriptions, bool backfill, CancellationToken ct)
    {
        var article = await ArticleAsync(created.ArticleId, ct).ConfigureAwait(false);
        if (article is null || (article.Demo && backfill))
        {
            return 0;
        }

        var planned = 0;
        foreach (var subscription in subscriptions)
        {
            if ((!article.Demo || subscription.Address == ChannelAddress.ConsoleChannel) && filter(article, subscription))
            {
                // Quiet hours hold the alert: due when the window ends, so held alerts go out then, in planning order.
                planned += subscription.Schedule.Digest is not null
                    ? await connection.ExecuteAsync(InsertDigestItem, ct,
                        ("@article_id", article.Id.Value), ("@subscription_id", subscription.Id.Value), ("@event_seq", created.Sequence)).ConfigureAwait(false)
                    : await connection.ExecuteAsync(InsertPost, ct,
                        ("@article_id", article.Id.Value), ("@subscription_id", subscription.Id.Value),
                        ("@address", subscription.Address.ToString()), ("@event_seq", created.Sequence), ("@now", _now),
                        ("@due", NpgsqlCommandExtensions.Stored(hold(subscription, now)))).ConfigureAwait(false);
            }
        }

        return planned;
    }

    private async Task<Article?> ArticleAsync(ArticleId id, CancellationToken ct)
    {
        if (!_articles.TryGetValue(id.Value, out var article))
        {
            article = (await connection.QueryAsync(
                $"SELECT {ArticleRows.Columns} FROM articles WHERE id = @id", ArticleRows.Read, ct, ("@id", id.Value)).ConfigureAwait(false)).FirstOrDefault();
            _articles[id.Value] = article;
        }

        return article;
    }
}
