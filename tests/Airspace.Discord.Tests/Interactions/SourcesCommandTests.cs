using System.Text.Json.Nodes;
using Airspace.Core.Sources;
using Airspace.Discord.Commands;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using static Airspace.Discord.Tests.Support.InteractionHarness;

namespace Airspace.Discord.Tests.Interactions;

/// <summary><c>/sources add|poll|remove</c> from a Discord channel: operators only, with the CLI's discovery and checks.</summary>
public sealed class SourcesCommandTests : IAsyncDisposable
{
    /// <summary>The user id every fake interaction carries.</summary>
    private const string Tester = "1300000000000000001";

    private LoopbackKestrel? _site;

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    /// <summary>A home page that links its RSS feed, on 127.0.0.1.</summary>
    private async Task<Uri> SiteAsync()
    {
        _site = await SampleFeedSite.StartAsync("/berita.xml", linked: true);
        return _site.BaseAddress;
    }

    private static Task<DiscordHarness> StartAsync(string? operatorId, bool allowLoopback) =>
        DiscordHarness.StartAsync(
            s =>
            {
                s["Airspace:Feeds:PerHostDelay"] = "00:00:00";
                if (operatorId is not null)
                {
                    s["Airspace:Operators:Discord:0"] = operatorId;
                }
            },
            allowLoopback ? LocalSourcesFromChat.Register : null);

    private static JsonObject Sources(params (string Name, JsonNode Value)[] options) => Command("sources", options);

    [Fact]
    public async Task Sources_OperatorAddsPollsAndRemoves_RepliesSayWhatWasFoundAndDone()
    {
        var root = await SiteAsync();
        await using var harness = await ConnectedAsync(await StartAsync(Tester, allowLoopback: true));

        var added = Content(await CommandAsync(harness.Fake, Sources(("action", "add"), ("name", "review"), ("url", root.AbsoluteUri))));
        var polled = Content(await CommandAsync(harness.Fake, Sources(("action", "poll"), ("name", "REVIEW"))));
        var listed = Content(await CommandAsync(harness.Fake, Sources()));
        var removed = Content(await CommandAsync(harness.Fake, Sources(("action", "remove"), ("name", "review"))));

        Assert.Equal(
            $"Found an RSS 2.0 feed linked from the page (<link rel=\"alternate\">): {root}berita.xml (1 item).\n" +
            $"Added review (Feed, {root}berita.xml). Its first poll archives what it has without posting; new items after that are posted.",
            Unescape(added));
        Assert.Equal("review: 0 new, 0 changed, 1 archived without alerting.", polled);
        Assert.Contains("review (Feed, every 5 min) — healthy", listed, StringComparison.Ordinal);
        Assert.Equal("Removed review. Its articles stay in the archive.", removed);
        Assert.Empty(await harness.Get<ISourceStore>().ListAsync(default));
        Assert.Contains(harness.Logs.All.Split('\n'), l => l.Contains("Source review added from chat by discord operator " + Tester, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sources_NotAnOperator_RefusedWithoutDetailAndNothingSaved()
    {
        var root = await SiteAsync();
        await using var harness = await ConnectedAsync(await StartAsync("1300000000000000099", allowLoopback: true));

        var add = await CommandAsync(harness.Fake, Sources(("action", "add"), ("name", "review"), ("url", root.AbsoluteUri)));
        var remove = Content(await CommandAsync(harness.Fake, Sources(("action", "remove"), ("name", "nothing-like-this"))));
        var list = Content(await CommandAsync(harness.Fake, Sources()));

        Assert.Equal("⚠️ Only the bot's operators can change sources.", Content(add));
        Assert.Equal(64, add.Visible!["flags"]!.GetValue<int>());
        Assert.Equal("⚠️ Only the bot's operators can change sources.", remove);
        Assert.StartsWith("No sources", list, StringComparison.Ordinal);
        Assert.Empty(await harness.Get<ISourceStore>().ListAsync(default));
    }

    [Fact]
    public async Task Sources_OperatorAddsALoopbackSite_RefusedFromChatWithoutAnOption()
    {
        var root = await SiteAsync();
        await using var harness = await ConnectedAsync(await StartAsync(Tester, allowLoopback: false));

        var add = Content(await CommandAsync(harness.Fake, Sources(("action", "add"), ("name", "review"), ("url", root.AbsoluteUri))));

        Assert.Equal($"⚠️ {root} is a loopback address, which is never added from chat.", Unescape(add));
        Assert.DoesNotContain("--local", add, StringComparison.Ordinal);
        Assert.Empty(await harness.Get<ISourceStore>().ListAsync(default));
    }

    [Fact]
    public async Task RegisterAsync_Sources_ActionIsAChoiceOfListAddRemovePoll()
    {
        await using var harness = await DiscordHarness.StartAsync(s => s["Airspace:Discord:ApplicationId"] = FakeDiscord.ApplicationId);

        await harness.Get<CommandRegistrar>().RegisterAsync(default);

        var sources = harness.Fake.RegisteredCommands!.Single(c => c!["name"]!.GetValue<string>() == "sources")!;
        var options = sources["options"]!.AsArray();
        Assert.Equal(["action", "name", "url"], options.Select(o => o!["name"]!.GetValue<string>()));
        Assert.Equal(["list", "add", "remove", "poll"], options[0]!["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.All(options, o => Assert.False(o!["required"]?.GetValue<bool>() ?? false));
        Assert.Null(sources["default_member_permissions"]);
    }

    /// <summary>Reply text is Markdown-escaped for Discord; the tests compare what a reader sees.</summary>
    private static string Unescape(string text) => text.Replace("\\", "", StringComparison.Ordinal);
}
