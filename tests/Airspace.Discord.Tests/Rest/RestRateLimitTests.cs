using Airspace.Core.Publishing;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Airspace.Discord.Tests.Rest;

/// <summary>Rate limits against the fake's real headers and 429s.</summary>
public sealed class RestRateLimitTests
{
    private const string ChannelA = "1500000000000000001";
    private const string ChannelB = "1500000000000000002";

    private static IChatSender Sender(DiscordHarness harness) =>
        harness.Services.GetServices<IChatSender>().Single(s => s.Platform == "discord");

    [Fact]
    public async Task SendAsync_BurstToOneChannel_WaitsForTheBucketResetInsteadOfProvoking429s()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.MessageBucketLimit = 3;
        harness.Fake.MessageBucketWindow = TimeSpan.FromMilliseconds(300);

        for (var i = 1; i <= 10; i++)
        {
            Assert.IsType<SendOutcome.Delivered>(await Sender(harness).SendAsync(DiscordPosts.Post(ChannelA, i), default));
        }

        Assert.Equal(10, harness.Fake.MessagesIn(ChannelA).Count);
        Assert.Equal(0, harness.Fake.Total429s);
    }

    [Fact]
    public async Task SendAsync_BucketTooManyRequests_HonoursRetryAfterThenDelivers()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Script429("POST", $"/channels/{ChannelA}/messages", 0.2);

        var outcome = await Sender(harness).SendAsync(DiscordPosts.Post(ChannelA), default);

        Assert.IsType<SendOutcome.Delivered>(outcome);
        Assert.Equal(1, harness.Fake.Total429s);
        Assert.Single(harness.Fake.MessagesIn(ChannelA));
        Assert.Contains("retry after 0.2", harness.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_AbsurdRetryAfter_DoesNotWedgeTheBucket()
    {
        await using var harness = await DiscordHarness.StartAsync();
        // A broken proxy answers 429 with a retry_after no TimeSpan can hold.
        harness.Fake.Script429("POST", $"/channels/{ChannelA}/messages", 1e300);

        var first = await Sender(harness).SendAsync(DiscordPosts.Post(ChannelA, 1), default);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var second = await Sender(harness).SendAsync(DiscordPosts.Post(ChannelA, 2), bound.Token);

        Assert.IsType<SendOutcome.Delivered>(first);
        Assert.IsType<SendOutcome.Delivered>(second);
    }

    [Fact]
    public async Task SendAsync_GlobalTooManyRequests_PausesEveryRouteUntilRetryAfter()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Script429("POST", $"/channels/{ChannelA}/messages", 0.5, global: true);

        var first = Sender(harness).SendAsync(DiscordPosts.Post(ChannelA, 1), default);
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Requests.Any(r => r.Status == 429)));
        await Task.Delay(50);
        var second = Sender(harness).SendAsync(DiscordPosts.Post(ChannelB, 2), default);

        Assert.IsType<SendOutcome.Delivered>(await first);
        Assert.IsType<SendOutcome.Delivered>(await second);
        Assert.Equal(0, harness.Fake.GlobalViolations);
        Assert.Equal(1, harness.Fake.Total429s);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanTheInlineWait_ReturnsRetryAfterToTheDispatcher()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.Script429("POST", $"/channels/{ChannelA}/messages", 30);

        var outcome = await Sender(harness).SendAsync(DiscordPosts.Post(ChannelA), default);

        var retry = Assert.IsType<SendOutcome.RetryAfter>(outcome);
        Assert.Equal(TimeSpan.FromSeconds(30), retry.Delay);
        Assert.Empty(harness.Fake.MessagesIn(ChannelA));
    }

    [Fact]
    public async Task SendAsync_ManyChannelsAtOnce_NeverExceedsTheGlobalLimit()
    {
        await using var harness = await DiscordHarness.StartAsync();
        harness.Fake.GlobalLimitPerSecond = 50;

        var sends = Enumerable.Range(1, 120)
            .Select(i => Sender(harness).SendAsync(DiscordPosts.Post((1600000000000000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), i), default));
        var outcomes = await Task.WhenAll(sends);

        Assert.All(outcomes, o => Assert.IsType<SendOutcome.Delivered>(o));
        Assert.Equal(0, harness.Fake.Total429s);
    }
}
