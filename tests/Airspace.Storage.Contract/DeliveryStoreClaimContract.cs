using Airspace.Core.Publishing;
using Airspace.Core.Subscriptions;

namespace Airspace.Storage.Contract;

/// <summary>Claims with owners and lanes: a dead owner's claims come back at once, and waits never use up attempts.</summary>
public abstract class DeliveryStoreClaimContract(StoreHarness db) : IDisposable
{
    private static readonly DeliveryFilter All = (_, _) => true;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly ChannelAddress Telegram = ChannelAddress.ForTelegram(-1001);
    private static readonly ChannelAddress Discord = ChannelAddress.ForDiscord(42);
    private static readonly ChannelAddress Webhook = ChannelAddress.ForDiscordWebhook("news");

    private readonly StoreHarness _db = db;
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _db.Dispose();

    private DateTimeOffset Now => _db.Time.GetUtcNow();

    private Task<IReadOnlyList<Delivery>> ClaimAsync(string owner, int max, DispatchLane? lane = null) =>
        _db.Deliveries.ClaimDueAsync(new DeliveryClaim { Owner = owner, Lane = lane, Now = Now, Max = max, Lease = Lease }, _ct);

    [Fact]
    public async Task ReleaseClaimsAsync_DeadOwnersClaims_DueAtOnceInChannelOrderWithAttemptsUntouched()
    {
        await PlanAsync([Telegram], articles: 3);
        var first = Assert.Single(await ClaimAsync("first", 1));
        await _db.Deliveries.RescheduleAsync(first.Id, Now, "502 Bad Gateway", _ct);
        var inFlight = await ClaimAsync("killed", 2);
        Assert.Equal(2, inFlight.Count);

        var released = await _db.Deliveries.ReleaseClaimsAsync(["restarted"], _ct);

        Assert.Equal(2, released);
        var again = await ClaimAsync("restarted", 10);
        Assert.Equal(["Article 0", "Article 1", "Article 2"], await TitlesAsync(again));
        Assert.Equal([1, 0, 0], again.Select(d => d.Attempts));
        Assert.All(again, d => Assert.Equal("restarted", d.ClaimedBy));
    }

    [Fact]
    public async Task GiveBackAsync_BatchPartlyRecorded_OnlyTheUnrecordedOfThisOwnerDueAgainInOrder()
    {
        await PlanAsync([Telegram, Discord], articles: 3);
        var batch = await ClaimAsync("me", 10, DispatchLane.For(Telegram));
        var other = await ClaimAsync("other", 10, DispatchLane.For(Discord));
        await _db.Deliveries.MarkSentAsync(batch[0].Id, "m-1", Now, _ct);
        await _db.Deliveries.RescheduleAsync(batch[1].Id, Now + TimeSpan.FromMinutes(5), "502 Bad Gateway", _ct);

        var given = await _db.Deliveries.GiveBackAsync("me", [.. batch.Select(d => d.Id), .. other.Select(d => d.Id)], _ct);

        Assert.Equal(1, given);
        var again = Assert.Single(await ClaimAsync("me", 10));
        Assert.Equal(batch[2].Id, again.Id);
        Assert.Equal(0, again.Attempts);
    }

    [Fact]
    public async Task ReleaseClaimsAsync_LiveOwnersClaims_StayClaimed()
    {
        await PlanAsync([Telegram, Discord], articles: 1);
        var live = Assert.Single(await ClaimAsync("alive", 10, DispatchLane.For(Telegram)));
        var dead = Assert.Single(await ClaimAsync("dead", 10, DispatchLane.For(Discord)));

        Assert.Equal(1, await _db.Deliveries.ReleaseClaimsAsync(["alive", "also-alive"], _ct));

        var again = Assert.Single(await ClaimAsync("alive", 10));
        Assert.Equal(dead.Id, again.Id);
        Assert.Empty(await ClaimAsync("alive", 10));
        Assert.NotEqual(live.Id, again.Id);
    }

    [Fact]
    public async Task ReleaseAsync_ClaimedDelivery_DueAgainWithoutUsingAnAttempt()
    {
        await PlanAsync([Telegram], articles: 1);

        for (var i = 0; i < 20; i++)
        {
            var claimed = Assert.Single(await ClaimAsync("bot", 1));
            await _db.Deliveries.ReleaseAsync(claimed.Id, Now, "429: retry after 0 s", _ct);
        }

        var last = Assert.Single(await ClaimAsync("bot", 1));
        Assert.Equal(0, last.Attempts);
    }

    [Fact]
    public async Task RescheduleAsync_FailedAttempt_CountsOneAttemptAndClearsTheClaim()
    {
        await PlanAsync([Telegram], articles: 1);
        var claimed = Assert.Single(await ClaimAsync("bot", 1));

        await _db.Deliveries.RescheduleAsync(claimed.Id, Now, "502 Bad Gateway", _ct);

        var pending = Assert.Single(await _db.Deliveries.ListAsync(DeliveryStatus.Pending, 10, _ct));
        Assert.Equal(1, pending.Attempts);
        Assert.Null(pending.ClaimedBy);
        Assert.Equal(0, await _db.Deliveries.ReleaseClaimsAsync(["someone else"], _ct));
    }

    [Fact]
    public async Task ClaimDueAsync_Lane_ClaimsOnlyThatLaneWhateverIsOlder()
    {
        await PlanAsync([Telegram, ChannelAddress.ForTelegram(-1002), Discord, Webhook, ChannelAddress.ForDiscordWebhook("other")], articles: 3);

        var discord = await ClaimAsync("bot", 2, DispatchLane.For(Discord));
        var webhook = await ClaimAsync("bot", 10, DispatchLane.For(Webhook));
        var telegram = await ClaimAsync("bot", 100, DispatchLane.For(Telegram));

        Assert.Equal(2, discord.Count);
        Assert.All(discord, d => Assert.Equal(Discord, d.Address));
        Assert.Equal(3, webhook.Count);
        Assert.All(webhook, d => Assert.Equal(Webhook, d.Address));
        Assert.Equal(6, telegram.Count);
        Assert.All(telegram, d => Assert.Equal(ChannelAddress.Telegram, d.Address.Platform));
    }

    [Fact]
    public async Task DueChannelsAsync_SomeClaimedSomeWaiting_ListsEachDueChannelOnce()
    {
        await PlanAsync([Telegram, Discord, Webhook], articles: 2);
        await ClaimAsync("bot", 10, DispatchLane.For(Webhook));
        var discord = await ClaimAsync("bot", 10, DispatchLane.For(Discord));
        foreach (var delivery in discord)
        {
            await _db.Deliveries.ReleaseAsync(delivery.Id, Now.AddSeconds(30), "429", _ct);
        }

        Assert.Equal([Telegram], await _db.Deliveries.DueChannelsAsync(Now, _ct));
        Assert.Equal([Discord, Telegram], (await _db.Deliveries.DueChannelsAsync(Now.AddSeconds(30), _ct)).OrderBy(a => a.ToString()));
    }

    private async Task PlanAsync(ChannelAddress[] channels, int articles)
    {
        foreach (var channel in channels)
        {
            await _db.Subscriptions.AddAsync(channel, [], 0, _ct);
        }

        for (var i = 0; i < articles; i++)
        {
            await _db.Articles.UpsertAsync(TestArticles.NewArticle($"Article {i}"), _ct);
        }

        Assert.Equal(channels.Length * articles, await _db.Deliveries.PlanAsync(1000, All, _ct));
    }

    private async Task<List<string>> TitlesAsync(IEnumerable<Delivery> deliveries)
    {
        var titles = new List<string>();
        foreach (var delivery in deliveries)
        {
            titles.Add((await _db.Articles.GetAsync(delivery.ArticleId, _ct))!.Title);
        }

        return titles;
    }
}
