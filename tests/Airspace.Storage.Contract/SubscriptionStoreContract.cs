using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Contract;

public abstract class SubscriptionStoreContract(StoreHarness db) : IDisposable
{
    private static readonly ChannelAddress Group = ChannelAddress.ForTelegram(-4001);
    private static readonly ChannelAddress Supergroup = ChannelAddress.ForTelegram(-1004001);
    private static readonly ChannelAddress Discord = ChannelAddress.ForDiscord(77);
    private static readonly DeliveryFilter All = (_, _) => true;

    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task AddAsync_NewAddress_StartsAtCurrentEndOfChangeLog()
    {
        await InsertArticles(3);

        var subscription = await _db.Subscriptions.AddAsync(Group, ["Rafale", " ", "rafale", "KF-21 "], 0, _ct);

        Assert.Equal(3, subscription.StartSequence);
        Assert.Equal(Group, subscription.Address);
        Assert.Equal(["Rafale", "KF-21"], subscription.Keywords);
        Assert.True(subscription.Enabled);
        Assert.Equal(StoreHarness.Start, subscription.CreatedAt);
        Assert.Equivalent(subscription, await _db.Subscriptions.FindAsync(Group, _ct), strict: true);
        Assert.Equivalent(subscription, await _db.Subscriptions.GetAsync(subscription.Id, _ct), strict: true);
    }

    [Fact]
    public async Task SetLanguageAsync_LiveSubscription_KeptUntilChangedAndListed()
    {
        var subscription = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        Assert.Null(subscription.Language);

        Assert.True(await _db.Subscriptions.SetLanguageAsync(subscription.Id, "id", _ct));
        Assert.Equal("id", (await _db.Subscriptions.GetAsync(subscription.Id, _ct))!.Language);
        Assert.Equal("id", Assert.Single(await _db.Subscriptions.ListAsync(_ct)).Language);

        Assert.True(await _db.Subscriptions.SetLanguageAsync(subscription.Id, null, _ct));
        Assert.Null((await _db.Subscriptions.FindAsync(Group, _ct))!.Language);
        await _db.Subscriptions.RemoveAsync(Group, _ct);
        Assert.False(await _db.Subscriptions.SetLanguageAsync(subscription.Id, "en", _ct));
    }

    [Fact]
    public async Task AddAsync_ExistingAddress_KeepsIdAndStartAndReplacesKeywords()
    {
        var first = await _db.Subscriptions.AddAsync(Group, ["Rafale"], 0, _ct);
        await InsertArticles(2);

        var second = await _db.Subscriptions.AddAsync(Group, ["Sukhoi"], 0, _ct);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.StartSequence, second.StartSequence);
        Assert.Equal(["Sukhoi"], second.Keywords);
        Assert.Single(await _db.Subscriptions.ListAsync(_ct));
    }

    [Fact]
    public async Task AddAsync_DisabledAddress_ReenablesClearsReasonAndStartsAtEnd()
    {
        var first = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        await _db.Subscriptions.DisableAsync(first.Id, "bot was kicked", _ct);
        await InsertArticles(2);

        var again = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);

        Assert.Equal(first.Id, again.Id);
        Assert.True(again.Enabled);
        Assert.Null(again.DisabledReason);
        Assert.Equal(2, again.StartSequence);
    }

    [Fact]
    public async Task AddAsync_RemovedAddress_RevivesSameIdStartingAtEndSoNothingOldIsPlanned()
    {
        var first = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        Assert.True(await _db.Subscriptions.RemoveAsync(Group, _ct));
        await InsertArticles(2);

        var again = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(2, again.StartSequence);
        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
    }

    [Fact]
    public async Task AddAsync_BackfillAfterPublisherPassed_PlansExactlyTheLastNArticles()
    {
        var ids = await InsertArticles(5);
        await _db.Articles.UpsertAsync(TestArticles.NewArticle("Article 0 corrected", body: "Body 0."), _ct);
        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));

        var subscription = await _db.Subscriptions.AddAsync(Discord, [], 2, _ct);
        var planned = await _db.Deliveries.PlanAsync(100, All, _ct);

        Assert.Equal(3, subscription.StartSequence);
        Assert.Equal(2, planned);
        var pending = await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct);
        Assert.Equal([ids[3], ids[4]], pending.Select(d => d.ArticleId).OrderBy(id => id.Value));
        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
    }

    [Fact]
    public async Task AddAsync_BackfillLargerThanHistory_PlansEverything()
    {
        await InsertArticles(2);

        var subscription = await _db.Subscriptions.AddAsync(Discord, [], 10, _ct);

        Assert.Equal(0, subscription.StartSequence);
        Assert.Equal(2, await _db.Deliveries.PlanAsync(100, All, _ct));
    }

    [Fact]
    public async Task RemoveAsync_Subscribed_HidesItAndCancelsPendingButKeepsHistory()
    {
        var subscription = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        await InsertArticles(1);
        await _db.Deliveries.PlanAsync(100, All, _ct);

        var removed = await _db.Subscriptions.RemoveAsync(Group, _ct);

        Assert.True(removed);
        Assert.Null(await _db.Subscriptions.FindAsync(Group, _ct));
        Assert.Null(await _db.Subscriptions.GetAsync(subscription.Id, _ct));
        Assert.Empty(await _db.Subscriptions.ListAsync(_ct));
        Assert.Empty(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        var cancelled = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Cancelled, 10, _ct));
        Assert.Equal(subscription.Id, cancelled.SubscriptionId);
    }

    [Fact]
    public async Task RemoveAsync_NotSubscribed_ReturnsFalse()
    {
        Assert.False(await _db.Subscriptions.RemoveAsync(Group, _ct));
    }

    [Fact]
    public async Task RemoveAsync_ThenNewArticle_PlansNothingForIt()
    {
        await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        await _db.Subscriptions.RemoveAsync(Group, _ct);
        await InsertArticles(1);

        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
    }

    [Fact]
    public async Task DisableAsync_KeepsReasonCancelsPendingAndStopsPlanning()
    {
        var subscription = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        await InsertArticles(1);
        await _db.Deliveries.PlanAsync(100, All, _ct);

        await _db.Subscriptions.DisableAsync(subscription.Id, "chat not found", _ct);
        await InsertArticles(1, from: 1);

        var disabled = await _db.Subscriptions.FindAsync(Group, _ct);
        Assert.False(disabled!.Enabled);
        Assert.Equal("chat not found", disabled.DisabledReason);
        Assert.Single(await _db.Subscriptions.ListAsync(_ct));
        Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Cancelled, 10, _ct));
        Assert.Equal(0, await _db.Deliveries.PlanAsync(100, All, _ct));
    }

    [Fact]
    public async Task MoveAsync_NewAddress_MovesSubscriptionAndPendingDeliveries()
    {
        var subscription = await _db.Subscriptions.AddAsync(Group, ["Rafale"], 0, _ct);
        await InsertArticles(1);
        await _db.Deliveries.PlanAsync(100, All, _ct);

        await _db.Subscriptions.MoveAsync(subscription.Id, Supergroup, _ct);

        Assert.Null(await _db.Subscriptions.FindAsync(Group, _ct));
        var moved = await _db.Subscriptions.FindAsync(Supergroup, _ct);
        Assert.Equivalent(subscription with { Address = Supergroup }, moved, strict: true);
        var pending = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal(Supergroup, pending.Address);
    }

    [Fact]
    public async Task MoveAsync_TargetAlreadySubscribed_ThrowsAndChangesNothing()
    {
        var group = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        await _db.Subscriptions.AddAsync(Supergroup, [], 0, _ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _db.Subscriptions.MoveAsync(group.Id, Supergroup, _ct));

        Assert.Contains(Supergroup.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equivalent(group, await _db.Subscriptions.FindAsync(Group, _ct), strict: true);
    }

    [Fact]
    public async Task MoveAsync_TargetOnlyPreviouslyRemoved_Moves()
    {
        var group = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        await _db.Subscriptions.AddAsync(Supergroup, [], 0, _ct);
        await _db.Subscriptions.RemoveAsync(Supergroup, _ct);

        await _db.Subscriptions.MoveAsync(group.Id, Supergroup, _ct);

        Assert.Equal(group.Id, (await _db.Subscriptions.FindAsync(Supergroup, _ct))?.Id);
    }

    [Fact]
    public async Task MoveAsync_UnknownId_ThrowsKeyNotFound()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _db.Subscriptions.MoveAsync(new SubscriptionId(42), Supergroup, _ct));
    }

    [Fact]
    public async Task SetLanguageAsync_Language_ReadBackFromAnotherHandle()
    {
        var subscription = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);

        Assert.True(await _db.Subscriptions.SetLanguageAsync(subscription.Id, "en", _ct));

        Assert.Equal("en", (await _db.Reopen().Subscriptions.FindAsync(Group, _ct))?.Language);
        Assert.True(await _db.Subscriptions.SetLanguageAsync(subscription.Id, null, _ct));
        Assert.Null((await _db.Subscriptions.GetAsync(subscription.Id, _ct))?.Language);
    }

    [Fact]
    public async Task SetLanguageAsync_RemovedSubscription_ReturnsFalse()
    {
        var subscription = await _db.Subscriptions.AddAsync(Group, [], 0, _ct);
        await _db.Subscriptions.RemoveAsync(Group, _ct);

        Assert.False(await _db.Subscriptions.SetLanguageAsync(subscription.Id, "en", _ct));
    }

    private async Task<List<Core.Articles.ArticleId>> InsertArticles(int count, int from = 0)
    {
        var ids = new List<Core.Articles.ArticleId>();
        for (var i = from; i < from + count; i++)
        {
            ids.Add((await _db.Articles.UpsertAsync(TestArticles.NewArticle($"Article {i}", body: $"Body {i}."), _ct)).Id);
        }

        return ids;
    }
}
