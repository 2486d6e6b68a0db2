using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;
using Microsoft.Data.Sqlite;

namespace Airspace.Storage.Sqlite;

/// <summary>
/// The body of <see cref="SqliteDeliveryStore.PlanAsync"/>, run inside its IMMEDIATE transaction: writes the outbox
/// rows for the change-log events past <see cref="DeliveryPlanner.Cursor"/> and advances it. The unique indexes
/// on deliveries (one Post per article and subscription, one Edit per article, subscription and event) make every
/// insert here idempotent, so a replay after a crash plans nothing twice.
/// </summary>
internal sealed class PlanningTransaction
{
    private const string InsertPost =
        """
        INSERT INTO deliveries (article_id, subscription_id, address, kind, status, attempts, due_at, created_at, event_seq)
        VALUES (@article_id, @subscription_id, @address, 'post', 'pending', 0, @now, @now, @event_seq)
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
          AND s.enabled = 1 AND s.removed_at IS NULL
        ON CONFLICT DO NOTHING
        """;

    private readonly SqliteConnection _connection;
    private readonly DeliveryFilter _filter;
    private readonly long _now;
    private readonly Dictionary<long, Article?> _articles = [];

    public PlanningTransaction(SqliteConnection connection, DeliveryFilter filter, DateTimeOffset now)
    {
        _connection = connection;
        _filter = filter;
        _now = UnixTime.ToStorage(now);
    }

    public async Task<int> RunAsync(int maxEvents, CancellationToken ct)
    {
        var planned = await CatchUpBackfillsAsync(ct).ConfigureAwait(false);
        if (maxEvents <= 0)
        {
            return planned;
        }

        var cursor = await Cursors.GetAsync(_connection, DeliveryPlanner.Cursor, ct).ConfigureAwait(false);
        var events = await _connection.QueryAsync(
            "SELECT seq, article_id, kind, quiet FROM article_events WHERE seq > @after ORDER BY seq LIMIT @max",
            r => (Change: ArticleRows.ReadEvent(r), Quiet: r.GetInt64(3) != 0), ct, ("@after", cursor), ("@max", maxEvents)).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return planned;
        }

        var subscriptions = await _connection.QueryAsync(
            $"SELECT {SubscriptionRows.Columns} FROM subscriptions WHERE enabled = 1 AND removed_at IS NULL ORDER BY id",
            SubscriptionRows.Read, ct).ConfigureAwait(false);
        foreach (var (change, quiet) in events)
        {
            // A quiet Created event (a source's first poll, a backfill, the demo archive) archives the article without
            // posting it; a Deleted article has nothing left to post or edit.
            planned += change.Kind switch
            {
                ArticleEventKind.Created when !quiet =>
                    await PlanPostsAsync(change, subscriptions.Where(s => s.StartSequence < change.Sequence), backfill: false, ct).ConfigureAwait(false),
                ArticleEventKind.Updated => await _connection.ExecuteAsync(InsertEdits, ct,
                    ("@article_id", change.ArticleId.Value), ("@event_seq", change.Sequence), ("@now", _now)).ConfigureAwait(false),
                _ => 0,
            };
        }

        await Cursors.SetAsync(_connection, DeliveryPlanner.Cursor, events[^1].Change.Sequence, ct).ConfigureAwait(false);
        return planned;
    }

    /// <summary>Backfilled subscriptions start behind the cursor: plan their Created events up to where the backfill was asked.</summary>
    private async Task<int> CatchUpBackfillsAsync(CancellationToken ct)
    {
        var pending = await _connection.QueryAsync(
            $"SELECT {SubscriptionRows.Columns}, catch_up_seq FROM subscriptions WHERE catch_up_seq IS NOT NULL AND enabled = 1 AND removed_at IS NULL",
            r => (Subscription: SubscriptionRows.Read(r), CatchUpTo: r.GetInt64(SubscriptionRows.ColumnCount)), ct).ConfigureAwait(false);
        var planned = 0;
        foreach (var (subscription, catchUpTo) in pending)
        {
            var created = await _connection.QueryAsync(
                "SELECT seq, article_id, kind FROM article_events WHERE kind = 'created' AND seq > @start AND seq <= @until ORDER BY seq",
                ArticleRows.ReadEvent, ct, ("@start", subscription.StartSequence), ("@until", catchUpTo)).ConfigureAwait(false);
            foreach (var change in created)
            {
                planned += await PlanPostsAsync(change, [subscription], backfill: true, ct).ConfigureAwait(false);
            }

            await _connection.ExecuteAsync(
                "UPDATE subscriptions SET catch_up_seq = NULL WHERE id = @id", ct, ("@id", subscription.Id.Value)).ConfigureAwait(false);
        }

        return planned;
    }

    /// <remarks>
    /// Backfills read Created events whether quiet or not (a source's first-poll archive stays backfillable), so the
    /// demo rule cannot rest on "quiet": a demo article (the bundled samples) is never backfilled, and is only ever
    /// posted to the console channel, whatever the filter says. That is the whole guarantee that a first run never
    /// floods a real chat with the demo archive, in whatever order subscriptions and runs happened.
    /// </remarks>
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
            if ((!article.Demo || subscription.Address == ChannelAddress.ConsoleChannel) && _filter(article, subscription))
            {
                planned += await _connection.ExecuteAsync(InsertPost, ct,
                    ("@article_id", article.Id.Value), ("@subscription_id", subscription.Id.Value),
                    ("@address", subscription.Address.ToString()), ("@event_seq", created.Sequence), ("@now", _now)).ConfigureAwait(false);
            }
        }

        return planned;
    }

    private async Task<Article?> ArticleAsync(ArticleId id, CancellationToken ct)
    {
        if (!_articles.TryGetValue(id.Value, out var article))
        {
            article = (await _connection.QueryAsync(
                $"SELECT {ArticleRows.Columns} FROM articles WHERE id = @id", ArticleRows.Read, ct, ("@id", id.Value)).ConfigureAwait(false)).FirstOrDefault();
            _articles[id.Value] = article;
        }

        return article;
    }
}
