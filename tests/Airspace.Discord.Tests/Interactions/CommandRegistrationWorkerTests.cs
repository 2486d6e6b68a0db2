using Airspace.Discord.Commands;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Airspace.Discord.Tests.Interactions;

public sealed class CommandRegistrationWorkerTests
{
    private const string CommandsPath = $"/applications/{FakeDiscord.ApplicationId}/commands";

    [Fact]
    public async Task ExecuteAsync_ServerErrorsThenUp_BacksOffAndRegisters()
    {
        await using var harness = await DiscordHarness.StartAsync(s => s["Airspace:Discord:ApplicationId"] = FakeDiscord.ApplicationId);
        for (var i = 0; i < 3; i++)
        {
            // Three 5xx make one failed registration (the REST client's own retries), then the worker backs off.
            harness.Fake.Script("PUT", CommandsPath, 500, null);
        }

        await RunWorkerAsync(harness);

        Assert.Equal(CommandsPath, harness.Fake.RegisteredCommandsPath);
        Assert.Equal(4, harness.Fake.Requests.Count(r => r.Path == CommandsPath));
        Assert.Equal(1, Eventually.Count(harness.Logs.All, "Registering the slash commands failed"));
    }

    [Fact]
    public async Task ExecuteAsync_PayloadRefused_LoggedAndNotRetried()
    {
        await using var harness = await DiscordHarness.StartAsync(s => s["Airspace:Discord:ApplicationId"] = FakeDiscord.ApplicationId);
        harness.Fake.Script("PUT", CommandsPath, 400, new System.Text.Json.Nodes.JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body" });

        await RunWorkerAsync(harness);

        Assert.Null(harness.Fake.RegisteredCommandsPath);
        Assert.Single(harness.Fake.Requests, r => r.Path == CommandsPath);
        Assert.Contains("Discord refused the slash commands", harness.Logs.All, StringComparison.Ordinal);
    }

    /// <summary>Runs the hosted worker until its registration loop ends.</summary>
    private static async Task RunWorkerAsync(DiscordHarness harness)
    {
        var worker = harness.Services.GetServices<IHostedService>().OfType<CommandRegistrationWorker>().Single();
        await worker.StartAsync(default);
        try
        {
            await worker.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await worker.StopAsync(default);
        }
    }
}
