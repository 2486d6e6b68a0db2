using Airspace.Journeys.Tests.Harness;
using Xunit.Abstractions;

namespace Airspace.Journeys.Tests;

/// <summary>
/// Issue 14's replica journey, scaled down for CI: three replicas of the real executable on one PostgreSQL database
/// (each with its own data folder) fan 12 articles out to 5 private Telegram chats and 5 Discord channels on the
/// fakes, while the replica holding the most roles is killed with <c>kill -9</c> three times and started again.
/// Afterwards, read from the fakes: nothing is missing; Discord got every (article, channel) pair exactly once (the
/// message nonce with enforce_nonce makes a resend harmless); Telegram at most one duplicate per chat per kill (the
/// message in flight when its sender died). The time from the last kill to the last delivery is written to the test
/// output, not asserted; the 100-article, 50 + 50-channel run at the real limits is <c>bench … replicas</c>.
/// </summary>
public sealed class ReplicaKillJourneyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private PostgresServer? _postgres;

    public async Task InitializeAsync() => _postgres = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _temp.Dispose();
    }

    [Fact]
    public async Task Run_ThreeReplicasOnePostgresOneKilledAtATime_EveryPairArrivesDiscordExactlyOnceTelegramAtMostOneDuplicatePerKill()
    {
        var settings = new ReplicaSettings();
        var connection = _postgres!.ConnectionString(await _postgres.CreateDatabaseAsync("replicas"));

        var outcome = await ReplicaScenario.RunAsync(_temp.Path, connection, settings, output.WriteLine);

        output.WriteLine(outcome.Summary);
        Assert.True(outcome.Kills == settings.Kills, $"Only {outcome.Kills} of {settings.Kills} kills happened.\n" + outcome.Describe());
        Assert.True(outcome.Missing == 0, $"{outcome.Missing} (article, channel) pairs never arrived.\n" + outcome.Describe());
        Assert.All(outcome.Discord, pair => Assert.True(pair.Value == 1, $"discord:{pair.Key.Channel} got {pair.Key.Tag} {pair.Value} times.\n" + outcome.Describe()));
        foreach (var chat in outcome.Telegram.GroupBy(p => p.Key.Chat))
        {
            var duplicates = chat.Sum(p => p.Value - 1);
            Assert.True(duplicates <= outcome.Kills, $"telegram:{chat.Key} got {duplicates} duplicates over {outcome.Kills} kills.\n" + outcome.Describe());
        }
    }
}
