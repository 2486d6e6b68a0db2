using Airspace.Core.Sources;
using Airspace.Telegram.Tests.Fake;

namespace Airspace.Telegram.Tests.Updates;

/// <summary><c>/sources add NAME URL</c>, <c>poll</c> and <c>remove</c> typed in Telegram: operators only, the CLI's discovery and checks.</summary>
public sealed class SourcesCommandTests(CommandBotFixture fixture) : IClassFixture<CommandBotFixture>, IAsyncLifetime
{
    private LoopbackKestrel _site = null!;

    private FakeBotApi Fake => fixture.Fake;

    public async Task InitializeAsync() => _site = await SampleFeedSite.StartAsync("/feed/", linked: false);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Sources_OperatorInAGroupAddsPollsAndRemoves_RepliesLikeTheCli()
    {
        Fake.AddGroup(-7101);
        var root = _site.BaseAddress;

        var added = await fixture.AskAsync(-7101, CommandBotFixture.OperatorId, $"/sources@{FakeBotApi.BotUsername} add \"Airspace Review\" {root}");
        var clash = await fixture.AskAsync(-7101, CommandBotFixture.OperatorId, $"/sources add \"AIRSPACE REVIEW\" {root}");
        var polled = await fixture.AskAsync(-7101, CommandBotFixture.OperatorId, "/sources poll \"airspace review\"");
        var removed = await fixture.AskAsync(-7101, CommandBotFixture.OperatorId, "/sources remove \"Airspace Review\"");

        Assert.Equal(
            $"Found an RSS 2.0 feed at the common path /feed/: {root}feed/ (1 item).\n" +
            $"Added Airspace Review (Feed, {root}feed/). Its first poll archives what it has without posting; new items after that are posted.",
            added.Text);
        Assert.Equal("⚠️ A source named 'Airspace Review' already exists (names are case-insensitive); remove it first or choose another name.", clash.Text);
        Assert.Matches(@"^Airspace Review: (0 new, 0 changed, [01] archived without alerting|not modified)\.$", polled.Text);
        Assert.Equal("Removed Airspace Review. Its articles stay in the archive.", removed.Text);
        Assert.DoesNotContain(await fixture.Bot.Get<ISourceStore>().ListAsync(default), s => s.Name == "Airspace Review");
    }

    [Fact]
    public async Task Sources_MemberWhoIsNotAnOperator_RefusedAndSeesTheListOnly()
    {
        Fake.AddGroup(-7102);

        var add = await fixture.AskAsync(-7102, 7, $"/sources add review {_site.BaseAddress}");
        var poll = await fixture.AskAsync(-7102, 7, "/sources poll");
        var list = await fixture.AskAsync(-7102, 7, "/sources");

        Assert.Equal("⚠️ Only the bot's operators can change sources.", add.Text);
        Assert.Equal("⚠️ Only the bot's operators can change sources.", poll.Text);
        Assert.DoesNotContain("⚠️", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.Bot.Get<ISourceStore>().ListAsync(default), s => s.Name == "review");
    }

    [Fact]
    public async Task Sources_OperatorPollsAll_ThePollerIsWoken()
    {
        Fake.AddPrivateChat(CommandBotFixture.OperatorId);

        var reply = await fixture.AskAsync(CommandBotFixture.OperatorId, CommandBotFixture.OperatorId, "/sources poll");

        Assert.Matches(@"^(There are no sources to poll\.|Polling (the source|all \d+ sources) now; new articles are posted as usual\.)$", reply.Text);
    }
}
