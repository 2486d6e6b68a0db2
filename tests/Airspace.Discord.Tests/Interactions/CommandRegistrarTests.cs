using Airspace.Discord.Startup;
using System.Text.Json.Nodes;
using Airspace.Discord.Commands;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;

namespace Airspace.Discord.Tests.Interactions;

public sealed class CommandRegistrarTests
{
    [Fact]
    public async Task RegisterAsync_NoGuildConfigured_OverwritesTheGlobalCommandsInOnePut()
    {
        await using var harness = await DiscordHarness.StartAsync(s => s["Airspace:Discord:ApplicationId"] = FakeDiscord.ApplicationId);

        var result = await harness.Get<CommandRegistrar>().RegisterAsync(default);

        Assert.True(result.IsSuccess, result.Describe());
        Assert.Equal($"/applications/{FakeDiscord.ApplicationId}/commands", harness.Fake.RegisteredCommandsPath);
        var commands = harness.Fake.RegisteredCommands!.ToDictionary(c => c!["name"]!.GetValue<string>(), c => c!.AsObject());
        // Every command the router knows (other projects may add some), including the seven of the issue.
        Assert.Equal(harness.Get<Airspace.Core.Commands.CommandRouter>().Commands.Count, commands.Count);
        Assert.Subset(commands.Keys.ToHashSet(), new HashSet<string> { "help", "latest", "search", "subscribe", "subscriptions", "summary", "unsubscribe" });
        Assert.Equal("16", commands["subscribe"]["default_member_permissions"]!.GetValue<string>());
        Assert.Equal("16", commands["unsubscribe"]["default_member_permissions"]!.GetValue<string>());
        Assert.Null(commands["search"]["default_member_permissions"]);
        var query = commands["search"]["options"]![0]!;
        Assert.True(query["required"]!.GetValue<bool>());
        Assert.True(query["autocomplete"]!.GetValue<bool>());
        Assert.True(commands["summary"]["options"]![0]!["autocomplete"]!.GetValue<bool>());
        Assert.Equal(10, commands["latest"]["options"]![0]!["max_value"]!.GetValue<int>());
    }

    [Fact]
    public async Task RegisterAsync_CommandGuildId_RegistersInThatGuildOnly()
    {
        await using var harness = await DiscordHarness.StartAsync(s => s["Airspace:Discord:CommandGuildId"] = "1100000000000000009");
        harness.Get<DiscordApplication>().Set(FakeDiscord.ApplicationId);

        var result = await harness.Get<CommandRegistrar>().RegisterAsync(default);

        Assert.True(result.IsSuccess, result.Describe());
        Assert.Equal($"/applications/{FakeDiscord.ApplicationId}/guilds/1100000000000000009/commands", harness.Fake.RegisteredCommandsPath);
        Assert.Equal(harness.Get<Airspace.Core.Commands.CommandRouter>().Commands.Count, harness.Fake.RegisteredCommands!.Count);
    }
}
