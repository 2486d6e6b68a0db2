using Airspace.Core.State;
using Airspace.Discord.Transport.Gateway;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Airspace.Discord.Tests.Gateway;

public sealed class IdentifyBudgetStateTests
{
    [Fact]
    public async Task RecordAsync_OneIdentify_StoresDayCountAndTimeUnderTheNamesEarlierReleasesUsed()
    {
        // A renamed budget is a reset one: a crash-looping bot could then spend Discord's daily Identify budget.
        var now = new DateTimeOffset(2026, 3, 1, 22, 0, 0, 123, TimeSpan.Zero);
        await using var harness = await DiscordHarness.StartAsync(configure: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));

        await harness.Get<IdentifyBudget>().RecordAsync(default);

        var state = harness.Get<IStateStore>();
        Assert.Equal(now.ToUnixTimeSeconds() / 86_400, await state.GetAsync(StateKey.Number("discord.identify.day"), default));
        Assert.Equal(1, await state.GetAsync(StateKey.Number("discord.identify.count"), default));
        Assert.Equal(now.ToUnixTimeMilliseconds(), await state.GetAsync(StateKey.Number("discord.identify.last-ms"), default));
    }
}
