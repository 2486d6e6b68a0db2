using System.Text.Json.Nodes;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Support;
using static Airspace.Discord.Tests.Support.InteractionHarness;

namespace Airspace.Discord.Tests.Interactions;

/// <summary>Slash commands arriving over the gateway, answered through the fake's callback endpoint.</summary>
public sealed class SlashCommandTests
{
    private static async Task<DiscordHarness> StartAsync(int articles = 0)
    {
        var harness = await DiscordHarness.StartAsync();
        if (articles > 0)
        {
            await DiscordPosts.IngestAsync(harness, articles);
        }

        return await ConnectedAsync(harness);
    }

    [Fact]
    public async Task Latest_WithCount_AnswersWithOneEmbedPerArticleAndNoMentions()
    {
        await using var harness = await StartAsync(articles: 4);

        var answer = await CommandAsync(harness.Fake, Command("latest", ("count", 3)));

        Assert.Equal(4, answer.ResponseType);
        var data = answer.Visible!;
        Assert.Equal(3, data["embeds"]!.AsArray().Count);
        Assert.StartsWith("Pesawat tempur 4", data["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(data["flags"]);
    }

    [Fact]
    public async Task Search_ManyResults_PaginatesWithButtonsThatUpdateTheMessage()
    {
        await using var harness = await StartAsync(articles: 12);

        var first = await CommandAsync(harness.Fake, Command("search", ("query", "Pesawat")));
        var buttons = first.Visible!["components"]![0]!["components"]!.AsArray();
        var next = Assert.Single(buttons)!;
        Assert.Equal("search:2:=Pesawat", next["custom_id"]!.GetValue<string>());
        Assert.Contains("page 1 of 3", Content(first), StringComparison.Ordinal);

        var click = harness.Fake.NewInteraction(3, new JsonObject { ["custom_id"] = "search:2:=Pesawat", ["component_type"] = 2 }, Channel);
        var second = await SendAsync(harness.Fake, click);

        Assert.Equal(7, second.ResponseType);
        Assert.Contains("page 2 of 3", Content(second), StringComparison.Ordinal);
        Assert.Equal(["search:1:=Pesawat", "search:3:=Pesawat"], second.Visible!["components"]![0]!["components"]!.AsArray().Select(b => b!["custom_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_PagePastTheLast_SaysThereIsNoSuchPageAndHowManyThereAre()
    {
        await using var harness = await StartAsync(articles: 12);

        var answer = await CommandAsync(harness.Fake, Command("search", ("query", "Pesawat"), ("page", 4)));

        Assert.Equal("⚠️ There is no page 4 for “Pesawat”: it has 3 pages (12 results).", Content(answer));
        Assert.Equal(64, answer.Visible!["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_QueryTooLongForACustomId_PagesThroughAShortKey()
    {
        await using var harness = await StartAsync(articles: 7);
        var query = "Pesawat tempur " + string.Join(' ', Enumerable.Repeat("Iswahjudi Madiun Skadron", 8));

        var first = await CommandAsync(harness.Fake, Command("search", ("query", query)));
        var id = first.Visible!["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();
        Assert.True(id.Length <= 100, id);
        Assert.StartsWith("search:2:~", id, StringComparison.Ordinal);

        var second = await SendAsync(harness.Fake, harness.Fake.NewInteraction(3, new JsonObject { ["custom_id"] = id, ["component_type"] = 2 }, Channel));

        Assert.Equal(7, second.ResponseType);
        Assert.Contains("page 2 of 2", Content(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_MemberWithoutManageChannels_IsRefusedPrivately()
    {
        await using var harness = await StartAsync();

        var answer = await CommandAsync(harness.Fake, Command("subscribe"), memberPermissions: "2048");

        Assert.Equal(64, answer.Visible!["flags"]!.GetValue<int>());
        Assert.Contains("Manage Channels", Content(answer), StringComparison.Ordinal);
        Assert.Empty(await harness.Get<ISubscriptionStore>().ListAsync(default));
    }

    [Fact]
    public async Task Subscribe_BotLacksEmbedLinksInTheChannel_IsRefusedNamingThePermission()
    {
        await using var harness = await StartAsync();

        var answer = await CommandAsync(harness.Fake, Command("subscribe"), Manager, appPermissions: "3072");

        Assert.Contains("Embed Links", Content(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("Send Messages", Content(answer), StringComparison.Ordinal);
        Assert.Empty(await harness.Get<ISubscriptionStore>().ListAsync(default));
    }

    [Fact]
    public async Task Subscribe_ManagerAndBotCanPost_SubscribesThisChannelWithKeywords()
    {
        await using var harness = await StartAsync();

        var answer = await CommandAsync(harness.Fake, Command("subscribe", ("keywords", "F-16, Su-57")), Manager);

        Assert.Contains("Subscribed", Content(answer), StringComparison.Ordinal);
        var subscription = Assert.Single(await harness.Get<ISubscriptionStore>().ListAsync(default));
        Assert.Equal("discord:" + Channel, subscription.Address.ToString());
        Assert.Equal(["F-16", "Su-57"], subscription.Keywords);
    }

    [Fact]
    public async Task Unsubscribe_Manager_RemovesTheSubscription()
    {
        await using var harness = await StartAsync();
        await CommandAsync(harness.Fake, Command("subscribe"), Manager);

        var answer = await CommandAsync(harness.Fake, Command("unsubscribe"), Manager);

        Assert.Contains("Unsubscribed", Content(answer), StringComparison.Ordinal);
        Assert.Empty(await harness.Get<ISubscriptionStore>().ListAsync(default));
    }

    [Fact]
    public async Task Subscribe_InADirectMessage_IsRefused()
    {
        await using var harness = await StartAsync();

        var answer = await CommandAsync(harness.Fake, Command("subscribe"), guild: null);

        Assert.Contains("server channels", Content(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscriptionsAndHelp_Anyone_GetsAnAnswer()
    {
        await using var harness = await StartAsync();

        var subscriptions = await CommandAsync(harness.Fake, Command("subscriptions"));
        var help = await CommandAsync(harness.Fake, Command("help"));

        Assert.Contains("not subscribed", Content(subscriptions), StringComparison.Ordinal);
        Assert.Contains("/search", Content(help), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_ById_AnswersWithTheStoredSummary()
    {
        await using var harness = await StartAsync(articles: 2);

        var answer = await CommandAsync(harness.Fake, Command("summary", ("article", "#2")));

        var embed = answer.Visible!["embeds"]![0]!;
        Assert.StartsWith("Pesawat tempur 2", embed["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Iswahjudi", embed["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_SummaryArticle_SuggestsMatchingRecentTitlesWithTheirIds()
    {
        await using var harness = await StartAsync(articles: 12);
        var data = new JsonObject
        {
            ["name"] = "summary",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "article", ["type"] = 3, ["value"] = "tempur 1", ["focused"] = true }),
        };

        var answer = await SendAsync(harness.Fake, harness.Fake.NewInteraction(4, data, Channel));

        Assert.Equal(8, answer.ResponseType);
        var choices = answer.ResponseData!["choices"]!.AsArray();
        Assert.Equal(4, choices.Count);
        Assert.All(choices, c => Assert.Contains("tempur 1", c!["name"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Contains(choices, c => c!["value"]!.GetValue<string>() == "10" && c["name"]!.GetValue<string>().StartsWith("#10 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Autocomplete_SearchQueryEmpty_SuggestsAtMost25RecentTitlesAsQueries()
    {
        await using var harness = await StartAsync(articles: 30);
        var data = new JsonObject
        {
            ["name"] = "search",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "query", ["type"] = 3, ["value"] = "", ["focused"] = true }),
        };

        var answer = await SendAsync(harness.Fake, harness.Fake.NewInteraction(4, data, Channel));

        var choices = answer.ResponseData!["choices"]!.AsArray();
        Assert.Equal(25, choices.Count);
        Assert.StartsWith("Pesawat tempur 30", choices[0]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.All(choices, c => Assert.True(c!["value"]!.GetValue<string>().Length <= 100));
    }

    [Fact]
    public async Task Interaction_DeliveredTwice_IsAnsweredOnce()
    {
        await using var harness = await StartAsync();
        var interaction = harness.Fake.NewInteraction(2, Command("help"), Channel);

        await SendAsync(harness.Fake, interaction);
        await harness.Fake.DispatchAsync("INTERACTION_CREATE", interaction);
        await Task.Delay(300);

        Assert.Single(harness.Fake.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
        Assert.Equal(0, harness.Fake.Interaction(interaction).RefusedCallbacks);
    }
}
