using System.Text.Json.Nodes;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Support;

namespace Airspace.Discord.Tests.Gateway;

/// <summary>CHANNEL_DELETE and GUILD_DELETE disable the subscriptions they affect; an unavailable guild is an outage.</summary>
public sealed class ChannelEventTests
{
    private const string Guild = "1900000000000000001";
    private const string OtherGuild = "1900000000000000002";
    private const string ChannelA = "1910000000000000001";
    private const string ChannelB = "1910000000000000002";
    private const string ChannelC = "1920000000000000001";

    private static async Task<(DiscordHarness Harness, ISubscriptionStore Store)> StartAsync()
    {
        var harness = await DiscordHarness.StartAsync();
        var store = harness.Get<ISubscriptionStore>();
        foreach (var channel in new[] { ChannelA, ChannelB, ChannelC })
        {
            await store.AddAsync(ChannelAddress.Parse("discord:" + channel), [], 0, default);
        }

        harness.Fake.AfterReady.Add(("GUILD_CREATE", Guild_(Guild, ChannelA, ChannelB)));
        harness.Fake.AfterReady.Add(("GUILD_CREATE", Guild_(OtherGuild, ChannelC)));
        _ = harness.RunGateway();
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Ready));
        return (harness, store);
    }

    private static JsonObject Guild_(string id, params string[] channels) => new()
    {
        ["id"] = id,
        ["name"] = "Server " + id,
        ["channels"] = new JsonArray(channels.Select(c => (JsonNode)new JsonObject { ["id"] = c, ["type"] = 0, ["guild_id"] = id }).ToArray()),
        ["threads"] = new JsonArray(),
    };

    private static async Task<Dictionary<string, Subscription>> ByChannelAsync(ISubscriptionStore store) =>
        (await store.ListAsync(default)).ToDictionary(s => s.Address.Target);

    [Fact]
    public async Task ChannelDelete_SubscribedChannel_DisablesOnlyItsSubscriptionWithTheReason()
    {
        var (harness, store) = await StartAsync();
        await using var _ = harness;

        await harness.Fake.DispatchAsync("CHANNEL_DELETE", new JsonObject { ["id"] = ChannelA, ["type"] = 0, ["guild_id"] = Guild });

        Assert.True(await Eventually.WaitUntilAsync(async () => !(await ByChannelAsync(store))[ChannelA].Enabled));
        var subscriptions = await ByChannelAsync(store);
        Assert.Contains("deleted", subscriptions[ChannelA].DisabledReason, StringComparison.Ordinal);
        Assert.True(subscriptions[ChannelB].Enabled);
        Assert.True(subscriptions[ChannelC].Enabled);
    }

    [Fact]
    public async Task GuildDelete_Unavailable_IsAnOutageAndKeepsSubscriptions()
    {
        var (harness, store) = await StartAsync();
        await using var _ = harness;

        await harness.Fake.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = Guild, ["unavailable"] = true });
        await harness.Fake.DispatchAsync("CHANNEL_DELETE", new JsonObject { ["id"] = ChannelC, ["type"] = 0, ["guild_id"] = OtherGuild });

        // Events are handled in order: once the later one took effect, the earlier one had its chance.
        Assert.True(await Eventually.WaitUntilAsync(async () => !(await ByChannelAsync(store))[ChannelC].Enabled));
        var subscriptions = await ByChannelAsync(store);
        Assert.True(subscriptions[ChannelA].Enabled);
        Assert.True(subscriptions[ChannelB].Enabled);
    }

    [Fact]
    public async Task GuildDelete_BotRemoved_DisablesEveryChannelOfThatGuildOnly()
    {
        var (harness, store) = await StartAsync();
        await using var _ = harness;

        await harness.Fake.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = Guild });

        Assert.True(await Eventually.WaitUntilAsync(async () => (await ByChannelAsync(store)).Values.Count(s => !s.Enabled) == 2));
        var subscriptions = await ByChannelAsync(store);
        Assert.Contains("removed", subscriptions[ChannelA].DisabledReason, StringComparison.Ordinal);
        Assert.False(subscriptions[ChannelB].Enabled);
        Assert.True(subscriptions[ChannelC].Enabled);
    }
}
