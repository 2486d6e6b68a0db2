using System.Text.Json.Nodes;
using Airspace.Discord.Tests.Fakes;

namespace Airspace.Discord.Tests.Support;

/// <summary>Sends interactions through the fake gateway to a running client and waits for what the user would see.</summary>
public static class InteractionHarness
{
    public const string Channel = "1700000000000000001";
    public const string Guild = "1100000000000000001";

    /// <summary>Manage Channels.</summary>
    public const string Manager = "16";

    /// <summary>View Channel, Send Messages, Embed Links.</summary>
    public const string CanPost = "19456";

    public static async Task<DiscordHarness> ConnectedAsync(DiscordHarness harness)
    {
        _ = harness.RunGateway();
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Ready), "the gateway never became ready");
        return harness;
    }

    public static JsonObject Command(string name, params (string Name, JsonNode Value)[] options)
    {
        var list = new JsonArray();
        foreach (var (option, value) in options)
        {
            list.Add(new JsonObject { ["name"] = option, ["type"] = value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? 4 : 3, ["value"] = value });
        }

        return new JsonObject { ["id"] = "1800000000000000001", ["name"] = name, ["type"] = 1, ["options"] = list };
    }

    /// <summary>Dispatches the interaction and waits for its first response.</summary>
    public static async Task<FakeInteraction> SendAsync(FakeDiscord fake, JsonObject interaction)
    {
        await fake.DispatchAsync("INTERACTION_CREATE", interaction);
        var recorded = fake.Interaction(interaction);
        Assert.True(await Eventually.WaitUntilAsync(() => recorded.ResponseType is not null || recorded.RefusedCallbacks > 0), "no response to the interaction");
        return recorded;
    }

    public static Task<FakeInteraction> CommandAsync(FakeDiscord fake, JsonObject data, string memberPermissions = "0", string appPermissions = CanPost, string? guild = Guild) =>
        SendAsync(fake, fake.NewInteraction(2, data, Channel, guild, memberPermissions, appPermissions));

    public static string Content(FakeInteraction interaction) => interaction.Visible?["content"]?.GetValue<string>() ?? "";
}
