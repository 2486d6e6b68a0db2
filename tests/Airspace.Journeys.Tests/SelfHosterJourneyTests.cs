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

        await SubscribeAsync(bot, "telegram:" + Group.ToString(CultureInfo.InvariantCulture));
        await StartAsync(bot, () => _telegram.Count("getUpdates") > 0);

        await AssertOnlyTheDroppedArticleAsync(bot, "SH", () => [.. _telegram.BotMessages(Group).Select(m => m.Text)]);
    }

    [Fact]
    public async Task Discord_SubscribedBeforeTheFirstRun_ChannelReceivesOnlyTheDroppedArticle()
    {
        using var bot = NewBot().WithDiscord(_discord);

        await SubscribeAsync(bot, "discord:" + Channel.ToString(CultureInfo.InvariantCulture));
        await StartAsync(bot, () => _discord.Ready);

        await AssertOnlyTheDroppedArticleAsync(bot, "SD", () => [.. _discord.MessagesIn(Channel.ToString(CultureInfo.InvariantCulture)).Select(m => m.Body.ToJsonString())]);
    }

    [Fact]
    public async Task Telegram_SubscribedAfterTheFirstRun_GroupReceivesOnlyTheDroppedArticle()
    {
        using var bot = NewBot().WithTelegram(_telegram);

        await StartAsync(bot, () => _telegram.Count("getUpdates") > 0);
        Assert.Equal(0, await bot.InterruptAsync());
        await SubscribeAsync(bot, "telegram:" + Group.ToString(CultureInfo.InvariantCulture));
        var polls = _telegram.Count("getUpdates");
        await StartAsync(bot, () => _telegram.Count("getUpdates") > polls);

        await AssertOnlyTheDroppedArticleAsync(bot, "SA", () => [.. _telegram.BotMessages(Group).Select(m => m.Text)]);
    }

    private static async Task SubscribeAsync(JourneyBot bot, string address)
    {
        var added = await bot.RunAsync("subscriptions", "add", address);
        Assert.True(added.ExitCode == 0, added.ToString());
    }

    private static async Task StartAsync(JourneyBot bot, Func<bool> ready)
    {
        bot.Start();
        Assert.True(await Eventually.WaitUntilAsync(ready, TimeSpan.FromSeconds(60)), bot.Output);
    }

    /// <summary>Drops one article into the inbox, waits for it in the channel, stops the bot: the channel holds that one message only.</summary>
    private static async Task AssertOnlyTheDroppedArticleAsync(JourneyBot bot, string series, Func<IReadOnlyList<string>> channel)
    {
        var tag = JourneyArticles.Tag(series, 1);
        await bot.DropAsync(JourneyArticles.FileName(series, 1), JourneyArticles.Markdown(series, 1));

        Assert.True(await Eventually.WaitUntilAsync(() => channel().Any(m => m.Contains(tag, StringComparison.Ordinal)), TimeSpan.FromSeconds(60)), bot.Output);
        Assert.Equal(0, await bot.InterruptAsync());
        var messages = channel();
        Assert.True(messages.Count == 1, $"{messages.Count} messages in the channel, the first: {messages[0]}");
    }

    /// <summary>Fast loops, but the bot's own first-run behaviour (seeding) left as shipped.</summary>
    private JourneyBot NewBot() => new JourneyBot(_temp.Path).WithFastLoops(seed: true).With("Airspace:Seed:Enabled", null);
}
