using Airspace.Core.Articles;
using Airspace.Core.Commands;
using Airspace.Core.Publishing;
using Airspace.Core.Search;
using Airspace.Core.State;
using Airspace.Core.Subscriptions;
using Airspace.Host.Seeding;
using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Running;

/// <summary>
/// The demo (the bundled samples a first run seeds) reaches the console only, in a demo run only, whatever order
/// subscriptions, crashes and configuration come in.
/// </summary>
public sealed class DemoRunTests : IDisposable
{
    private static readonly ChannelAddress Group = ChannelAddress.ForTelegram(-1009002);
    private static readonly CommandContext Console = new() { Channel = ChannelAddress.ConsoleChannel, IsOperator = true };

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The Airspace sample plus the first three IndoSum records: the real shapes, seeded in a second.</summary>
    private string SmallSamples(bool withSample = true)
    {
        var folder = _temp.Combine(withSample ? "samples" : "archive-only");
        Directory.CreateDirectory(Path.Combine(folder, "indosum"));
        File.WriteAllLines(Path.Combine(folder, "indosum", "dev.01.plain.jsonl"),
            File.ReadLines(Path.Combine(Samples.Folder, "indosum", "dev.01.plain.jsonl")).Take(3));
        if (withSample)
        {
            Directory.CreateDirectory(Path.Combine(folder, "airspace"));
            File.Copy(Samples.SeedArticle, Path.Combine(folder, "airspace", Path.GetFileName(Samples.SeedArticle)), overwrite: true);
        }

        return folder;
    }

    private Dictionary<string, string?> Settings(string samples, bool withSource = false)
    {
        var settings = TestBot.Settings(_temp.Combine("data"), samples);
        if (withSource)
        {
            // A configured source makes this a real run; nothing here polls it.
            settings["Airspace:Sources:0:Name"] = "airspace-review";
            settings["Airspace:Sources:0:Url"] = "http://127.0.0.1:9/feed";
        }

        return settings;
    }

    private static async Task<IReadOnlyList<Delivery>> PendingAsync(TestBot bot) =>
        await bot.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Pending, 100, default);

    [Fact]
    public async Task Seed_ChatSubscribedBeforeTheFirstRun_PlansOnlyTheSampleForTheConsole()
    {
        await using var bot = TestBot.Create(Settings(SmallSamples()));
        await bot.Get<ISubscriptionStore>().AddAsync(Group, [], 0, default);

        await bot.Get<SampleSeeder>().SeedAsync(default);
        await bot.Get<DeliveryPlanner>().RunOnceAsync(default);

        Assert.Equal(4, await bot.Get<IArticleStore>().CountAsync(default));
        var post = Assert.Single(await PendingAsync(bot));
        Assert.Equal(ChannelAddress.ConsoleChannel, post.Address);
        Assert.StartsWith(Samples.SeedTitleStart, (await bot.Get<IArticleStore>().GetAsync(post.ArticleId, default))!.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_ResumedAfterACrashWithAChatSubscribedMeanwhile_PlansOnlyTheSampleForTheConsole()
    {
        // The first run died after the archive: the seed cursor says "started", the console is not subscribed yet.
        await using (var crashed = TestBot.Create(Settings(SmallSamples(withSample: false))))
        {
            await crashed.Get<SampleSeeder>().SeedAsync(default);
            await crashed.Get<IStateStore>().SetAsync(SampleSeeder.Progress, SeedProgress.Started, default);
            await crashed.Get<ISubscriptionStore>().RemoveAsync(ChannelAddress.ConsoleChannel, default);
            await crashed.Get<ISubscriptionStore>().AddAsync(Group, [], 0, default);
        }

        await using var resumed = TestBot.Create(Settings(SmallSamples()));
        await resumed.Get<SampleSeeder>().SeedAsync(default);
        await resumed.Get<DeliveryPlanner>().RunOnceAsync(default);

        var post = Assert.Single(await PendingAsync(resumed));
        Assert.Equal(ChannelAddress.ConsoleChannel, post.Address);
    }

    [Fact]
    public async Task Backfill_ChatSubscribedAfterADemoRun_PlansNoDemoArticle()
    {
        await using var bot = TestBot.Create(Settings(SmallSamples()));
        await bot.Get<SampleSeeder>().SeedAsync(default);
        await bot.Get<DeliveryPlanner>().RunOnceAsync(default);

        await bot.Get<ISubscriptionStore>().AddAsync(Group, [], backfill: 10, default);
        await bot.Get<DeliveryPlanner>().RunOnceAsync(default);

        Assert.DoesNotContain(await PendingAsync(bot), d => d.Address == Group);
    }

    [Fact]
    public async Task Seed_SourceConfigured_ImportsNothing()
    {
        await using var bot = TestBot.Create(Settings(SmallSamples(), withSource: true));

        await bot.Get<SampleSeeder>().SeedAsync(default);

        Assert.Equal(0, await bot.Get<IArticleStore>().CountAsync(default));
        Assert.Null(await bot.Get<ISubscriptionStore>().FindAsync(ChannelAddress.ConsoleChannel, default));
    }

    [Fact]
    public async Task Commands_SourceConfiguredAfterADemoRun_NeitherListNorFindNorPostTheDemo()
    {
        await using (var demo = TestBot.Create(Settings(SmallSamples())))
        {
            await demo.Get<SampleSeeder>().SeedAsync(default);
            await demo.Get<Core.Search.SearchIndexer>().CatchUpAsync(default);
            var demoLatest = await demo.Get<CommandRouter>().HandleAsync(Console, "/latest", default);
            Assert.Equal(4, demoLatest.Articles.Count);
        }

        await using var real = TestBot.Create(Settings(SmallSamples(), withSource: true));
        var router = real.Get<CommandRouter>();
        await real.Get<SearchIndexer>().CatchUpAsync(default);

        var latest = await router.HandleAsync(Console, "/latest", default);
        var search = await router.HandleAsync(Console, "/search Kim Jong Un", default);
        var planned = await real.Get<DeliveryPlanner>().RunOnceAsync(default);

        Assert.Empty(latest.Articles);
        Assert.Empty(search.Articles);
        Assert.Equal(0, planned);
        Assert.Empty(await PendingAsync(real));
    }

    [Fact]
    public async Task Commands_SourceAddedAtRunTime_EndsTheDemo()
    {
        await using var bot = TestBot.Create(Settings(SmallSamples()));
        await bot.Get<SampleSeeder>().SeedAsync(default);
        Assert.True(await bot.Get<IDemoMode>().IsActiveAsync(default));

        await bot.Get<Core.Sources.ISourceStore>().AddAsync(new Core.Sources.SourceDefinition
        {
            Name = "airspace-review",
            Kind = Core.Sources.SourceKind.WordPress,
            Url = new Uri("https://airspace-review.com/"),
            Interval = TimeSpan.FromMinutes(5),
        }, default);

        Assert.False(await bot.Get<IDemoMode>().IsActiveAsync(default));
        Assert.Empty((await bot.Get<CommandRouter>().HandleAsync(Console, "/latest", default)).Articles);
    }
}
