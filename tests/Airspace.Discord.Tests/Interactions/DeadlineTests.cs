using Airspace.Core.Commands;
using Airspace.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Airspace.Discord.Tests.Support.InteractionHarness;

namespace Airspace.Discord.Tests.Interactions;

/// <summary>Discord's deadline for the first response (3 s, shortened in the fake to keep the suite quick).</summary>
public sealed class DeadlineTests
{
    private static async Task<DiscordHarness> StartAsync(TimeSpan deferAfter, TimeSpan work, TimeSpan deadline)
    {
        var harness = await DiscordHarness.StartAsync(
            s => s["Airspace:Discord:DeferAfter"] = deferAfter.ToString(),
            s => s.AddSingleton<IChatCommand>(new SlowCommand(work)));
        harness.Fake.CallbackDeadline = deadline;
        return await ConnectedAsync(harness);
    }

    [Fact]
    public async Task SlowCommand_DefersWithinTheDeadlineThenReplacesTheDeferredMessage()
    {
        await using var harness = await StartAsync(TimeSpan.FromMilliseconds(200), work: TimeSpan.FromMilliseconds(2000), deadline: TimeSpan.FromMilliseconds(1500));

        var answer = await CommandAsync(harness.Fake, Command("slow"));

        Assert.Equal(5, answer.ResponseType);
        Assert.Equal(0, answer.RefusedCallbacks);
        Assert.True(await Eventually.WaitUntilAsync(() => answer.Edits.Count == 1));
        Assert.Contains("Done after a while.", Content(answer), StringComparison.Ordinal);
        Assert.Empty(answer.Edits[0]["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task SlowCommand_AnsweredAfterTheDeadline_GetsUnknownInteractionAndIsOnlyLogged()
    {
        // The control: without a timely deferral the fake refuses the late answer, as Discord does.
        await using var harness = await StartAsync(TimeSpan.FromSeconds(2.5), work: TimeSpan.FromMilliseconds(2000), deadline: TimeSpan.FromMilliseconds(1500));

        var answer = await CommandAsync(harness.Fake, Command("slow"));

        Assert.Null(answer.ResponseType);
        Assert.Equal(1, answer.RefusedCallbacks);
        Assert.True(await Eventually.WaitUntilAsync(() => harness.Logs.All.Contains("no longer accepts a response", StringComparison.Ordinal)));
    }
}
