using System.Globalization;
using Airspace.Discord.Tests.Fakes;
using Airspace.Journeys.Tests.Harness;
using Airspace.Telegram.Tests.Fake;

namespace Airspace.Journeys.Tests;

/// <summary>
/// Journey 2: a self-hoster follows docs/telegram.md (or docs/discord.md) in its natural order — subscribe the group,
/// then the first <c>run</c> with a token — and drops one article into the inbox. The group gets exactly that
/// article: nothing from the bundled demo, whatever the order of the steps. The bot runs with its default seeding.
/// </summary>
public sealed class SelfHosterJourneyTests : IAsyncLifetime
{
    private const long Group = -1009200000001;
    private const ulong Channel = 2_400_000_000_000_000_001;
    private static readonly int[] StoppedCleanly = [0, 130];
    private readonly TempDirectory _temp = new();
    private FakeBotApi _telegram = null!;
    private FakeDiscord _discord = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeBotApi.StartAsync();
        _telegram.AddGroup(Group);
        _discord = await FakeDiscord.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        await _discord.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Telegram_SubscribedBeforeTheFirstRun_GroupReceivesOnlyTheDroppedArticle()
    {
        using var bot = NewBot().WithTelegram(_telegram);

        var added = await bot.RunAsync("subscriptions", "add", "telegram:" + Group.ToString(CultureInfo.InvariantCulture));
        Assert.True(added.ExitCode == 0, added.ToString());
        bot.Start();
        Assert.True(await Eventually.WaitUntilAsync(() => _telegram.Count("getUpdates") > 0, TimeSpan.FromSeconds(60)), bot.Output);
        await bot.DropAsync(JourneyArticles.FileName("SH", 1), JourneyArticles.Markdown("SH", 1));

        Assert.True(await Eventually.WaitUntilAsync(() => _telegram.BotMessages(Group).Any(m => m.Text.Contains(JourneyArticles.Tag("SH", 1), StringComparison.Ordinal)), TimeSpan.FromSeconds(60)), bot.Output);
        Assert.Contains(await bot.InterruptAsync(), StoppedCleanly);
        var messages = _telegram.BotMessages(Group);
        Assert.True(messages.Count == 1, $"{messages.Count} messages in the group, the first: {messages[0].Text}");
    }

    [Fact]
    public async Task Discord_SubscribedBeforeTheFirstRun_ChannelReceivesOnlyTheDroppedArticle()
    {
        using var bot = NewBot().WithDiscord(_discord);

        var added = await bot.RunAsync("subscriptions", "add", "discord:" + Channel.ToString(CultureInfo.InvariantCulture));
        Assert.True(added.ExitCode == 0, added.ToString());
        bot.Start();
        Assert.True(await Eventually.WaitUntilAsync(() => _discord.Ready, TimeSpan.FromSeconds(60)), bot.Output);
        await bot.DropAsync(JourneyArticles.FileName("SD", 1), JourneyArticles.Markdown("SD", 1));

        var channel = Channel.ToString(CultureInfo.InvariantCulture);
        Assert.True(await Eventually.WaitUntilAsync(() => _discord.MessagesIn(channel).Any(m => m.Body.ToJsonString().Contains(JourneyArticles.Tag("SD", 1), StringComparison.Ordinal)), TimeSpan.FromSeconds(60)), bot.Output);
        Assert.Contains(await bot.InterruptAsync(), StoppedCleanly);
        var messages = _discord.MessagesIn(channel);
        Assert.True(messages.Count == 1, $"{messages.Count} messages in the channel, the first: {messages[0].Body.ToJsonString()}");
    }

    [Fact]
    public async Task Telegram_SubscribedAfterTheFirstRun_GroupReceivesOnlyTheDroppedArticle()
    {
        using var bot = NewBot().WithTelegram(_telegram);

        bot.Start();
        Assert.True(await Eventually.WaitUntilAsync(() => _telegram.Count("getUpdates") > 0, TimeSpan.FromSeconds(60)), bot.Output);
        Assert.Contains(await bot.InterruptAsync(), StoppedCleanly);
        var added = await bot.RunAsync("subscriptions", "add", "telegram:" + Group.ToString(CultureInfo.InvariantCulture));
        Assert.True(added.ExitCode == 0, added.ToString());
        var polls = _telegram.Count("getUpdates");
        bot.Start();
        Assert.True(await Eventually.WaitUntilAsync(() => _telegram.Count("getUpdates") > polls, TimeSpan.FromSeconds(60)), bot.Output);
        await bot.DropAsync(JourneyArticles.FileName("SA", 1), JourneyArticles.Markdown("SA", 1));

        Assert.True(await Eventually.WaitUntilAsync(() => _telegram.BotMessages(Group).Any(m => m.Text.Contains(JourneyArticles.Tag("SA", 1), StringComparison.Ordinal)), TimeSpan.FromSeconds(60)), bot.Output);
        Assert.Contains(await bot.InterruptAsync(), StoppedCleanly);
        var messages = _telegram.BotMessages(Group);
        Assert.True(messages.Count == 1, $"{messages.Count} messages in the group, the first: {messages[0].Text}");
    }

    /// <summary>Fast loops, but the bot's own first-run behaviour (seeding) left as shipped.</summary>
    private JourneyBot NewBot() => new JourneyBot(_temp.Path).WithFastLoops(seed: true).With("Airspace:Seed:Enabled", null);
}
