using Airspace.Host.Tests.Support;
using Airspace.Testing;

namespace Airspace.Host.Tests.Cli;

/// <summary><c>airspace subscriptions add ADDRESS --source NAME</c>: a subscription follows chosen sources, listed and checked.</summary>
public sealed class SubscriptionSourcesCliTests : IDisposable
{
    private const string Channel = "telegram:-1001234567890";
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", Data]);

    [Fact]
    public async Task SubscriptionsAdd_SourcesThenAgain_ListsTheSourcesOfTheOneSubscription()
    {
        await Airspace("sources", "add", "review", "https://airspace-review.com/", "--kind", "WordPress", "--no-check");

        var first = await Airspace("subscriptions", "add", Channel, "--source", "REVIEW", "--source", "inbox", "-k", "F-16");
        var again = await Airspace("subscriptions", "add", Channel, "--source", "inbox");
        var list = await Airspace("subscriptions", "list");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"{Channel}: articles mentioning F-16 from review, inbox", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"#1 {Channel}: all new articles from inbox", list.Stdout.Trim());
    }

    [Fact]
    public async Task SubscriptionsAdd_UnknownSource_RefusedNamingTheSources()
    {
        var result = await Airspace("subscriptions", "add", Channel, "--source", "antra");
        var list = await Airspace("subscriptions", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("There is no source 'antra'. Sources: inbox.", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("No subscriptions.", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscriptionsList_EverySourceRemoved_WarnsItReceivesNothing()
    {
        await Airspace("sources", "add", "review", "https://airspace-review.com/", "--kind", "WordPress", "--no-check");
        await Airspace("subscriptions", "add", Channel, "--source", "review");
        var removed = await Airspace("sources", "remove", "review");

        var list = await Airspace("subscriptions", "list");

        Assert.Equal(0, removed.ExitCode);
        Assert.Contains($"{Channel}: all new articles from review (removed) — warning: none of its sources exists, it receives nothing", list.Stdout, StringComparison.Ordinal);
    }
}
