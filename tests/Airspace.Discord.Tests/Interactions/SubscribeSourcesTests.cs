using System.Text.Json.Nodes;
using Airspace.Core.Sources;
using Airspace.Core.Subscriptions;
using Airspace.Discord.Tests.Support;
using static Airspace.Discord.Tests.Support.InteractionHarness;

namespace Airspace.Discord.Tests.Interactions;

/// <summary>/subscribe's <c>source</c> option: chosen through the fake, completed while typing, and listed.</summary>
public sealed class SubscribeSourcesTests
{
    private static async Task<DiscordHarness> StartWithSourcesAsync(params string[] names)
    {
        var harness = await DiscordHarness.StartAsync();
        foreach (var name in names)
        {
            await harness.Get<ISourceStore>().AddAsync(
                new SourceDefinition { Name = name, Kind = SourceKind.Feed, Url = new Uri($"https://{name}.example.test/feed"), Interval = TimeSpan.FromMinutes(5) }, default);
        }

        return await ConnectedAsync(harness);
    }

    [Fact]
    public async Task Subscribe_SourceOption_FollowsThoseSourcesAndSubscriptionsShowsThem()
    {
        await using var harness = await StartWithSourcesAsync("antara", "kompas");

        var answer = await CommandAsync(harness.Fake, Command("subscribe", ("source", "Antara, inbox"), ("keywords", "F-16")), Manager);
        var list = await CommandAsync(harness.Fake, Command("subscriptions"));

        Assert.Equal("Subscribed: new articles from antara, inbox mentioning F-16 will be posted here.", Content(answer));
        var subscription = Assert.Single(await harness.Get<ISubscriptionStore>().ListAsync(default));
        Assert.Equal(["antara", "inbox"], subscription.Sources);
        Assert.Equal($"discord:{Channel}: articles mentioning F-16 from antara, inbox", Content(list));
    }

    [Fact]
    public async Task Subscribe_UnknownSource_RefusedAndNothingSubscribed()
    {
        await using var harness = await StartWithSourcesAsync("antara");

        var answer = await CommandAsync(harness.Fake, Command("subscribe", ("source", "antra")), Manager);

        Assert.Contains("There is no source 'antra'. Sources: antara, inbox.", Content(answer), StringComparison.Ordinal);
        Assert.Empty(await harness.Get<ISubscriptionStore>().ListAsync(default));
    }

    [Fact]
    public async Task Autocomplete_SubscribeSource_CompletesTheLastNameKeepingTheEarlierOnes()
    {
        await using var harness = await StartWithSourcesAsync("antara", "kompas");
        var data = new JsonObject
        {
            ["name"] = "subscribe",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "source", ["type"] = 3, ["value"] = "antara, in", ["focused"] = true }),
        };

        var answer = await SendAsync(harness.Fake, harness.Fake.NewInteraction(4, data, Channel));

        Assert.Equal(8, answer.ResponseType);
        var choice = Assert.Single(answer.ResponseData!["choices"]!.AsArray());
        Assert.Equal("antara, inbox", choice!["value"]!.GetValue<string>());
    }
}
