using Airspace.Journeys.Tests.Harness;
using Airspace.Telegram.Tests.Fake;

namespace Airspace.Journeys.Tests;

/// <summary>
/// Journey 5: people in one group send commands as fast as they can; a private chat's <c>/help</c> is answered at once,
/// before the group's backlog is worked off (an order, not a time: the group's replies are paced, the private one must
/// not wait behind them).
/// </summary>
public sealed class BusyGroupJourneyTests : IAsyncLifetime
{
    private const long Group = -1009500000001;
    private const long Private = 9500002;
    private const int Flood = 12;
    private readonly TempDirectory _temp = new();
    private FakeBotApi _telegram = null!;

    public async Task InitializeAsync()
    {
        _telegram = await FakeBotApi.StartAsync();
        _telegram.AddGroup(Group);
        _telegram.AddPrivateChat(Private);
    }

    public async Task DisposeAsync()
    {
        await _telegram.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Run_GroupFloodsCommands_PrivateHelpIsAnsweredBeforeTheGroupBacklogEnds()
    {
        // The group is paced at 2 replies a second, so its backlog of 12 replies lasts several seconds.
        using var bot = new JourneyBot(_temp.Path).WithFastLoops().WithTelegram(_telegram).With("Airspace:Telegram:GroupChatInterval", "00:00:00.5");
        bot.Start();
        Assert.True(await Eventually.WaitUntilAsync(() => _telegram.Count("getUpdates") > 0, TimeSpan.FromSeconds(60)), bot.Output);

        // Different people, so no per-user command limit applies; the private command comes last.
        for (var user = 1; user <= Flood; user++)
        {
            _telegram.AddPrivateChat(9_600_000 + user, "Member" + user);
            _telegram.SetMember(Group, 9_600_000 + user, "member");
            _telegram.PushMessage(Group, 9_600_000 + user, "/latest");
        }

        _telegram.PushMessage(Private, Private, "/help");

        Assert.True(await Eventually.WaitUntilAsync(() => _telegram.BotMessages(Private).Count > 0, TimeSpan.FromSeconds(60)), bot.Output);
        var groupRepliesBeforeHelp = _telegram.BotMessages(Group).Count;
        Assert.True(await Eventually.WaitUntilAsync(() => _telegram.BotMessages(Group).Count >= Flood, TimeSpan.FromSeconds(60)), bot.Output);
        Assert.Equal(0, await bot.InterruptAsync());

        Assert.True(groupRepliesBeforeHelp < Flood, $"The private /help was answered only after all {Flood} group replies.");
        Assert.Single(_telegram.BotMessages(Private));
        Assert.Equal(Flood, _telegram.BotMessages(Group).Count);
    }
}
