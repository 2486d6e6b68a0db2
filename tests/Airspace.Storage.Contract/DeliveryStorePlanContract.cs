using Airspace.Core.Articles;
using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Contract;

public abstract class DeliveryStorePlanContract(StoreHarness db) : IDisposable
{
    private static readonly ChannelAddress Telegram = ChannelAddress.ForTelegram(-1001);
    private static readonly ChannelAddress Discord = ChannelAddress.ForDiscord(55);
    private static readonly DeliveryFilter All = (_, _) => true;

    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task PlanAsync_CreatedArticle_PlansOnePendingPostPerSubscriptionThatStartedBefore()
    {
        var early = await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        var article = await Insert("First");
        var late = await _db.Subscriptions.AddAsync(Discord, [], 0, _ct);

        var planned = await _db.Deliveries.PlanAsync(100, All, _ct);

        Assert.Equal(1, planned);
        var post = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal(article, post.ArticleId);
        Assert.Equal(early.Id, post.SubscriptionId);
        Assert.Equal(Telegram, post.Address);
        Assert.Equal(DeliveryKind.Post, post.Kind);
        Assert.Equal(0, post.Attempts);
        Assert.Equal(StoreHarness.Start, post.DueAt);
        Assert.Equal(StoreHarness.Start, post.CreatedAt);
        Assert.Null(post.MessageId);
        Assert.NotEqual(early.Id, late.Id);
    }

    [Fact]
    public async Task PlanAsync_FilterRejects_PlansNothingForThatPair()
    {
        await _db.Subscriptions.AddAsync(Telegram, ["rafale"], 0, _ct);
        await _db.Subscriptions.AddAsync(Discord, [], 0, _ct);
        await Insert("Rafale deal signed");
        await Insert("Sukhoi retired");
        DeliveryFilter keywords = (article, subscription) =>
            subscription.Keywords.Count == 0
            || subscription.Keywords.Any(k => article.Title.Contains(k, StringComparison.OrdinalIgnoreCase));

        var planned = await _db.Deliveries.PlanAsync(100, keywords, _ct);

        Assert.Equal(3, planned);
        var pending = await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct);
        Assert.Single(pending, d => d.Address == Telegram);
        Assert.Equal(2, pending.Count(d => d.Address == Discord));
    }

    [Fact]
    public async Task PlanAsync_CalledAgain_PlansNothing()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        await Insert("First");
        await _db.Deliveries.PlanAsync(100, All, _ct);

        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
        Assert.Equal(1, await _db.State.GetAsync(DeliveryPlanner.Cursor, _ct));
    }

    [Fact]
    public async Task PlanAsync_ReplayFromRewoundCursor_InsertsNothingTwice()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        await Insert("First");
        await Insert("Second");
        await _db.Deliveries.PlanAsync(100, All, _ct);

        await _db.State.SetAsync(DeliveryPlanner.Cursor, 0, _ct);
        var replayed = await _db.Deliveries.PlanAsync(100, All, _ct);

        Assert.Equal(0, replayed);
        Assert.Equal(2, (await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct)).Count);
    }

    [Fact]
    public async Task PlanAsync_ReopenedAfterCrashBeforeSending_KeepsPendingAndPlansNothingMore()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        await Insert("First");
        await _db.Deliveries.PlanAsync(100, All, _ct);

        var restarted = _db.Reopen().Deliveries;

        Assert.Equal(0, await restarted.PlanAsync(100, All, _ct));
        Assert.Single(await restarted.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Single(await restarted.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct));
    }

    [Fact]
    public async Task PlanAsync_MaxEvents_AdvancesCursorOnlyPastEventsRead()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        await Insert("First");
        await Insert("Second");
        await Insert("Third");

        Assert.Equal(2, await _db.Deliveries.PlanAsync(2, All, _ct));
        Assert.Equal(2, await _db.State.GetAsync(DeliveryPlanner.Cursor, _ct));
        Assert.Equal(1, await _db.Deliveries.PlanAsync(2, All, _ct));
        Assert.Equal(3, await _db.State.GetAsync(DeliveryPlanner.Cursor, _ct));
    }

    [Fact]
    public async Task PlanAsync_UpdatedArticle_PlansEditOnlyForSentPostsCarryingTheirMessageId()
    {
        var sentTo = await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        await _db.Subscriptions.AddAsync(Discord, [], 0, _ct);
        var article = await Insert("Draft", externalId: "9");
        await _db.Deliveries.PlanAsync(100, All, _ct);
        var posts = await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct);
        await _db.Deliveries.MarkSentAsync(posts.Single(p => p.Address == Telegram).Id, "msg-1", _db.Time.GetUtcNow(), _ct);

        await Insert("Final", externalId: "9");
        var planned = await _db.Deliveries.PlanAsync(100, All, _ct);

        Assert.Equal(1, planned);
        var edit = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct), d => d.Kind == DeliveryKind.Edit);
        Assert.Equal(article, edit.ArticleId);
        Assert.Equal(sentTo.Id, edit.SubscriptionId);
        Assert.Equal("msg-1", edit.MessageId);
        Assert.Equal(Telegram, edit.Address);
        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
    }

    [Fact]
    public async Task PlanAsync_ArticleUpdatedTwiceAfterPosting_PlansOneEditPerUpdate()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        await Insert("v1", externalId: "9");
        await _db.Deliveries.PlanAsync(100, All, _ct);
        var post = Assert.Single(await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct));
        await _db.Deliveries.MarkSentAsync(post.Id, "msg-1", _db.Time.GetUtcNow(), _ct);

        await Insert("v2", externalId: "9");
        await Insert("v3", externalId: "9");

        Assert.Equal(2, await _db.Deliveries.PlanAsync(100, All, _ct));
        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
    }

    [Fact]
    public async Task PlanAsync_UpdateWhilePostStillPending_PlansNothingAndPostShowsLatest()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        var article = await Insert("Draft", externalId: "9");
        await _db.Deliveries.PlanAsync(100, All, _ct);

        await Insert("Final", externalId: "9");

        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
        var post = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal("Final", (await _db.Articles.GetAsync(post.ArticleId, _ct))!.Title);
        Assert.Equal(article, post.ArticleId);
    }

    [Fact]
    public async Task MarkSentAsync_ArticleUpdatedWhilePostWasInFlight_PlansEditOnce()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        await Insert("Draft", externalId: "9");
        await _db.Deliveries.PlanAsync(100, All, _ct);
        var post = Assert.Single(await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct));
        await Insert("Final", externalId: "9");
        await _db.Deliveries.PlanAsync(100, All, _ct);

        await _db.Deliveries.MarkSentAsync(post.Id, "msg-1", _db.Time.GetUtcNow(), _ct);

        var edit = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal(DeliveryKind.Edit, edit.Kind);
        Assert.Equal("msg-1", edit.MessageId);
        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
    }

    [Fact]
    public async Task MarkSentAsync_NoUpdateSinceClaim_PlansNoEdit()
    {
        await _db.Subscriptions.AddAsync(Telegram, [], 0, _ct);
        await Insert("Draft", externalId: "9");
        await _db.Deliveries.PlanAsync(100, All, _ct);
        var post = Assert.Single(await _db.Deliveries.ClaimDueAsync(_db.Time.GetUtcNow(), 10, TimeSpan.FromMinutes(1), _ct));

        await _db.Deliveries.MarkSentAsync(post.Id, "msg-1", _db.Time.GetUtcNow(), _ct);

        Assert.Empty(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        var sent = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Sent, 10, _ct));
        Assert.Equal("msg-1", sent.MessageId);
    }

    private async Task<ArticleId> Insert(string title, string? externalId = null) =>
        (await _db.Articles.UpsertAsync(TestArticles.NewArticle(title, externalId: externalId), _ct)).Id;
}
