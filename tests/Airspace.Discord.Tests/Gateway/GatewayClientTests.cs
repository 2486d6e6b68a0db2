using Airspace.Discord.Startup;
using System.Text.Json.Nodes;
using Airspace.Discord.Transport.Gateway;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Airspace.Discord.Tests.Gateway;

/// <summary>Scripted gateway sessions against the fake: what the client must do after each kind of server behaviour.</summary>
public sealed class GatewayClientTests
{
    private readonly RecordingDispatchHandler _events = new();

    private Task<DiscordHarness> StartAsync() =>
        DiscordHarness.StartAsync(configure: s => s.AddSingleton<IGatewayDispatchHandler>(_events));

    private static async Task<DiscordHarness> ConnectedAsync(DiscordHarness harness)
    {
        _ = harness.RunGateway();
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Ready), "the client never became ready");
        return harness;
    }

    [Fact]
    public async Task RunAsync_Hello_IdentifiesWithGuildsIntentOnlyAndHeartbeatsLastSequence()
    {
        await using var harness = await ConnectedAsync(await StartAsync());

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Heartbeats >= 2));
        var identify = Assert.Single(harness.Fake.Sent(2));
        Assert.Equal(1, identify["d"]!["intents"]!.GetValue<int>());
        Assert.Equal(FakeDiscord.Token, identify["d"]!["token"]!.GetValue<string>());
        Assert.Equal("airspace", identify["d"]!["properties"]!["browser"]!.GetValue<string>());
        Assert.Equal(1, harness.Fake.Sent(1).First()["d"]!.GetValue<long>());
        Assert.True(harness.Get<DiscordStatus>().GatewayConnected);
        Assert.Equal(FakeDiscord.ApplicationId, harness.Get<DiscordApplication>().Id);
        Assert.Equal(["gateway"], harness.Fake.ConnectedTo);
    }

    [Fact]
    public async Task RunAsync_Dispatches_PassesEachEventOnInOrder()
    {
        await using var harness = await ConnectedAsync(await StartAsync());

        for (var n = 1; n <= 3; n++)
        {
            await harness.Fake.DispatchAsync("TEST_EVENT", new JsonObject { ["n"] = n, ["padding"] = new string('x', 300) });
        }

        Assert.True(await Eventually.WaitUntilAsync(() => _events.Numbers.Count() == 3));
        Assert.Equal([1, 2, 3], _events.Numbers);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4008)]
    public async Task RunAsync_ResumableClose_ResumesOnResumeUrlAndReceivesMissedEvents(int code)
    {
        await using var harness = await ConnectedAsync(await StartAsync());
        var fake = harness.Fake;
        var seen = await fake.DispatchAsync("TEST_EVENT", new JsonObject { ["n"] = 1 });
        Assert.True(await Eventually.WaitUntilAsync(() => _events.Numbers.Contains(1)));

        // While the client is away, an event it must get on resume.
        fake.RejectConnections = true;
        await fake.CloseGatewayAsync(code);
        await fake.DispatchAsync("TEST_EVENT", new JsonObject { ["n"] = 2 });
        Assert.True(await Eventually.WaitUntilAsync(() => fake.RejectedConnections > 0));
        fake.RejectConnections = false;

        Assert.True(await Eventually.WaitUntilAsync(() => _events.Numbers.Contains(2)), harness.Logs.All);
        Assert.Equal(1, fake.Identifies);
        Assert.Equal(1, fake.Resumes);
        Assert.Equal(seen, Assert.Single(fake.ResumeSequences));
        Assert.Equal("resume", fake.ConnectedTo.Last());
        Assert.Equal([1, 2], _events.Numbers);
    }

    [Fact]
    public async Task RunAsync_ConnectionDroppedWithoutClose_Resumes()
    {
        await using var harness = await ConnectedAsync(await StartAsync());

        harness.Fake.AbortGateway();

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Resumes == 1 && harness.Fake.Ready));
        Assert.Equal(1, harness.Fake.Identifies);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task RunAsync_SessionEndingClose_IdentifiesAgain(int code)
    {
        await using var harness = await ConnectedAsync(await StartAsync());

        await harness.Fake.CloseGatewayAsync(code);

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Identifies == 2 && harness.Fake.Ready));
        Assert.Equal(0, harness.Fake.Resumes);
        Assert.Equal("gateway", harness.Fake.ConnectedTo.Last());
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task RunAsync_FatalClose_StopsWithoutReconnectingAndReportsUnhealthy(int code)
    {
        await using var harness = await StartAsync();
        var run = harness.RunGateway();
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Ready));

        await harness.Fake.CloseGatewayAsync(code);

        await run.WaitAsync(TimeSpan.FromSeconds(10));
        var status = harness.Get<DiscordStatus>();
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), status.FatalError, StringComparison.Ordinal);
        var health = await new DiscordHealthCheck(status).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Equal(1, harness.Fake.Connections);
        Assert.Contains(harness.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Critical && e.Text.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_HeartbeatNeverAcknowledged_ClosesWithResumableCodeAndResumes()
    {
        await using var harness = await StartAsync();
        harness.Fake.HeartbeatInterval = TimeSpan.FromMilliseconds(300);
        harness.Fake.WithholdAcksOnConnection = 1;
        await ConnectedAsync(harness);

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Resumes == 1 && harness.Fake.Ready), harness.Logs.All);
        var close = harness.Fake.ClientCloseCodes.First();
        Assert.NotNull(close);
        Assert.NotEqual(1000, close);
        Assert.NotEqual(1001, close);
        Assert.Equal(1, harness.Fake.Identifies);
    }

    [Fact]
    public async Task RunAsync_Reconnect_ResumesInsteadOfIdentifying()
    {
        await using var harness = await ConnectedAsync(await StartAsync());

        await harness.Fake.SendOpAsync(7, null);

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Resumes == 1 && harness.Fake.Ready));
        Assert.Equal(1, harness.Fake.Identifies);
        Assert.DoesNotContain(harness.Fake.ClientCloseCodes, c => c is 1000 or 1001);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        await using var harness = await ConnectedAsync(await StartAsync());

        await harness.Fake.SendOpAsync(9, JsonValue.Create(true));

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Resumes == 1 && harness.Fake.Ready));
        Assert.Equal(1, harness.Fake.Identifies);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_IdentifiesAgain()
    {
        await using var harness = await ConnectedAsync(await StartAsync());

        await harness.Fake.SendOpAsync(9, JsonValue.Create(false));

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Identifies == 2 && harness.Fake.Ready));
        Assert.Equal(0, harness.Fake.Resumes);
    }

    [Fact]
    public async Task RunAsync_ServerAsksForHeartbeat_HeartbeatsAtOnce()
    {
        await using var harness = await StartAsync();
        harness.Fake.HeartbeatInterval = TimeSpan.FromMinutes(2);
        await ConnectedAsync(harness);
        Assert.Equal(0, harness.Fake.Heartbeats);

        await harness.Fake.SendOpAsync(1, null);

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Heartbeats == 1));
    }

    [Fact]
    public async Task RunAsync_Cancelled_ClosesWithNormalClosureSoTheBotGoesOfflineAtOnce()
    {
        await using var harness = await StartAsync();
        using var stop = new CancellationTokenSource();
        var run = harness.Get<GatewayClient>().RunAsync(stop.Token);
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Ready));

        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.ClientCloseCodes.Count == 1));
        Assert.Equal(1000, harness.Fake.ClientCloseCodes.Single());
        Assert.Equal(1, harness.Fake.Connections);
    }

    [Fact]
    public async Task RunAsync_FailedResumeGetsInvalidSession_IdentifiesOnGatewayUrl()
    {
        await using var harness = await ConnectedAsync(await StartAsync());

        // 4000 is resumable, but the server forgot the session: the Resume gets op 9 false.
        harness.Fake.ForgetSession();
        await harness.Fake.CloseGatewayAsync(4000);

        Assert.True(await Eventually.WaitUntilAsync(() => harness.Fake.Identifies == 2 && harness.Fake.Ready), harness.Logs.All);
        Assert.Equal(1, harness.Fake.Resumes);
        Assert.Equal(["gateway", "resume", "gateway"], harness.Fake.ConnectedTo);
    }
}
