using Airspace.Core.Commands;
using Airspace.Core.Subscriptions;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Running;

/// <summary>
/// The embedded store unavailable under a running bot (its file locked by another process past the busy timeout):
/// commands are told to try again shortly instead of failing with a trace, and work once the lock is gone. The
/// PostgreSQL server going away is the journey <c>DatabaseOutageJourneyTests</c>.
/// </summary>
public sealed class StoreOutageTests : IDisposable
{
    private static readonly CommandContext Operator = new()
    {
        Channel = ChannelAddress.ConsoleChannel,
        CanManageSubscriptions = true,
        IsOperator = true,
    };

    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData(null, "The store is unavailable right now; try again shortly.")]
    [InlineData("id", "Penyimpanan sedang tidak tersedia; coba lagi sebentar lagi.")]
    public async Task Subscribe_StoreLockedDuringTheRun_AnswersTryAgainShortlyThenWorks(string? language, string expected)
    {
        var data = _temp.Combine("data");
        var settings = TestBot.Settings(data, Samples.AirspaceOnly(_temp));
        settings["Airspace:Storage:BusyTimeout"] = "00:00:00.3";
        await using var bot = await TestBot.StartAsync(settings);
        var router = bot.Get<CommandRouter>();
        var context = Operator with { Language = language };

        Reply refused;
        await using (await RawSql.HoldWriteLockAsync(Path.Combine(data, "airspace.db")))
        {
            refused = await router.HandleAsync(context, "/subscribe", default);
        }

        var accepted = await router.HandleAsync(context, "/subscribe", default);

        Assert.True(refused.IsError);
        Assert.Equal(expected, refused.Text);
        Assert.False(accepted.IsError, accepted.Text);
    }

    public void Dispose() => _temp.Dispose();
}
