using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Core.Publishing;
using Airspace.Feeds.Files;
using Airspace.Host.Tests.Support;
using Microsoft.Extensions.Options;

namespace Airspace.Host.Tests.Running;

public sealed class RunTests : IDisposable
{
    private const string AlertMark = "✈ ";
    private readonly TempDirectory _temp = new();

    private Dictionary<string, string?> Settings(string? samples = null) =>
        TestBot.Settings(_temp.Combine("data"), samples ?? Samples.AirspaceOnly(_temp));

    [Fact]
    public async Task Run_FreshDataDirectory_PostsSeedSummaryToConsole()
    {
        await using var bot = await TestBot.StartAsync(Settings());

        Assert.True(await Eventually.WaitUntilAsync(() => bot.Console.Text.Contains(AlertMark, StringComparison.Ordinal)), bot.Console.Text);
        var alert = bot.Console.Text;
        Assert.Contains(AlertMark + Samples.SeedTitleStart, alert, StringComparison.Ordinal);
        Assert.Contains("JDN", alert, StringComparison.Ordinal);
        Assert.DoesNotContain("-JDN-", alert, StringComparison.Ordinal);
        Assert.DoesNotContain("airspace-review.com) –", alert, StringComparison.Ordinal);
        Assert.Contains("Kim Jong Un mengunjungi pabrik pesawat", alert, StringComparison.Ordinal);
        Assert.Equal(1, Eventually.Count(alert, AlertMark));
    }

    [Fact]
    public async Task Run_RestartAfterDelivery_PostsNothingAgain()
    {
        var settings = Settings();
        await using (var first = await TestBot.StartAsync(settings))
        {
            Assert.True(await Eventually.WaitUntilAsync(() => first.Console.Text.Contains(AlertMark, StringComparison.Ordinal)));
        }

        await using var second = await TestBot.StartAsync(settings);
        var deliveries = second.Get<IDeliveryStore>();
        Assert.True(await Eventually.WaitUntilAsync(async () => (await deliveries.ListAsync(DeliveryStatus.Sent, 10, default)).Count == 1));
        await second.Get<DeliveryPlanner>().RunOnceAsync(default);
        await second.Get<DeliveryDispatcher>().RunOnceAsync(default);

        Assert.Equal("", second.Console.Text);
        Assert.Single(await deliveries.ListAsync(DeliveryStatus.Sent, 10, default));
    }

    [Fact]
    public async Task Run_StoppedBetweenPlanningAndSending_DeliversPendingAlertOnceOnNextStart()
    {
        var settings = Settings();
        // The first process seeds and plans, then dies before its dispatcher runs: nothing was started, only planned.
        await using (var crashed = TestBot.Create(settings))
        {
            await crashed.Get<Seeding.SampleSeeder>().SeedAsync(default);
            Assert.Equal(1, await crashed.Get<DeliveryPlanner>().RunOnceAsync(default));
            Assert.Single(await crashed.Get<IDeliveryStore>().ListAsync(DeliveryStatus.Pending, 10, default));
            Assert.Equal("", crashed.Console.Text);
        }

        await using (var restarted = await TestBot.StartAsync(settings))
        {
            Assert.True(await Eventually.WaitUntilAsync(() => restarted.Console.Text.Contains(AlertMark, StringComparison.Ordinal)));
            Assert.Equal(1, Eventually.Count(restarted.Console.Text, AlertMark));
        }

        await using var again = await TestBot.StartAsync(settings);
        await again.Get<DeliveryPlanner>().RunOnceAsync(default);
        await again.Get<DeliveryDispatcher>().RunOnceAsync(default);
        Assert.Equal("", again.Console.Text);
    }

    [Fact]
    public async Task Run_KilledProcessLeftItsRoleLeases_NextProcessTakesTheRolesAtOnce()
    {
        var settings = Settings();
        await using (var killed = TestBot.Create(settings))
        {
            // A process killed while holding its roles never released them: their leases would run their full length.
            var leases = killed.Get<Core.Roles.ILeaseStore>();
            foreach (var role in new[] { Core.Roles.SingletonRoles.Publisher, Core.Roles.SingletonRoles.Dispatch(Core.Subscriptions.ChannelAddress.Console) })
            {
                Assert.NotNull(await leases.TryAcquireOrRenewAsync(role, "killed-process", TimeSpan.FromHours(1), default));
            }
        }

        await using var restarted = await TestBot.StartAsync(settings);

        Assert.True(await Eventually.WaitUntilAsync(() => restarted.Console.Text.Contains(AlertMark, StringComparison.Ordinal)), restarted.Console.Text);
    }

    [Fact]
    public async Task Run_FileDroppedIntoInbox_IsPostedOnceAndMovedToImported()
    {
        await using var bot = await TestBot.StartAsync(Settings());
        Assert.True(await Eventually.WaitUntilAsync(() => bot.Console.Text.Contains(AlertMark, StringComparison.Ordinal)));
        var inbox = _temp.Combine("data", "inbox");
        Directory.CreateDirectory(inbox);

        await File.WriteAllTextAsync(Path.Combine(inbox, "f16.md"), SampleMarkdown.F16Viper);

        Assert.True(await Eventually.WaitUntilAsync(() => bot.Console.Text.Contains("F-16 Viper pertama", StringComparison.Ordinal)), bot.Console.Text);
        Assert.True(await Eventually.WaitUntilAsync(() => File.Exists(Path.Combine(inbox, "imported", "f16.md"))));
        Assert.False(File.Exists(Path.Combine(inbox, "f16.md")));
        Assert.Equal(2, Eventually.Count(bot.Console.Text, AlertMark));
    }

    [Fact]
    public async Task Run_UnreadableFileInInbox_IsMovedToFailedWithReason()
    {
        await using var bot = await TestBot.StartAsync(Settings());
        var inbox = _temp.Combine("data", "inbox");
        Directory.CreateDirectory(inbox);

        await File.WriteAllTextAsync(Path.Combine(inbox, "broken.json"), "{ \"title\": \"half an object\", ");
        await File.WriteAllTextAsync(Path.Combine(inbox, "photo.png"), "not an article");

        var failed = Path.Combine(inbox, "failed");
        Assert.True(await Eventually.WaitUntilAsync(() => File.Exists(Path.Combine(failed, "broken.json.error.txt")) && File.Exists(Path.Combine(failed, "photo.png.error.txt"))));
        Assert.Contains("JSON", await File.ReadAllTextAsync(Path.Combine(failed, "broken.json.error.txt")), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("unsupported", await File.ReadAllTextAsync(Path.Combine(failed, "photo.png.error.txt")), StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(failed, "broken.json")));
    }

    [Fact]
    public async Task Run_InboxFileWithSomeRefusedArticles_ImportsTheRestAndSaysWhichWereRefused()
    {
        await using var bot = await TestBot.StartAsync(Settings());
        var inbox = _temp.Combine("data", "inbox");
        Directory.CreateDirectory(inbox);

        await File.WriteAllLinesAsync(Path.Combine(inbox, "batch.jsonl"),
        [
            """{"id": "good-1", "title": "Hercules C-130J tiba", "text": "Pesawat angkut C-130J Super Hercules tiba di Lanud Halim. Pesawat itu akan memperkuat Skadron Udara 31."}""",
            """{"id": "only-links", "title": "Tautan", "text": "Baca juga: Berita lain yang menarik"}""",
        ]);

        var report = Path.Combine(inbox, "imported", "batch.jsonl.error.txt");
        Assert.True(await Eventually.WaitUntilAsync(() => File.Exists(report)), bot.Console.Text);
        Assert.Contains("only-links", await File.ReadAllTextAsync(report), StringComparison.Ordinal);
        Assert.True(await Eventually.WaitUntilAsync(() => bot.Console.Text.Contains("Hercules C-130J tiba", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_ArticleChangedAfterPosting_EditsInsteadOfReposting()
    {
        await using var bot = await TestBot.StartAsync(Settings());
        Assert.True(await Eventually.WaitUntilAsync(() => bot.Console.Text.Contains(AlertMark, StringComparison.Ordinal)));
        var deliveries = bot.Get<IDeliveryStore>();
        Assert.True(await Eventually.WaitUntilAsync(async () => (await deliveries.ListAsync(DeliveryStatus.Sent, 10, default)).Count == 1));

        var drafts = await bot.Get<ArticleFileReader>().ReadAsync(Samples.SeedArticle, default);
        var edited = drafts[0] with { Text = drafts[0].Text.Replace("pada hari Jumat", "pada hari Jumat (15/9)", StringComparison.Ordinal) };
        var result = await bot.Get<ArticleIngestor>().IngestAsync(edited, default);

        Assert.Equal(UpsertKind.Updated, result.Outcome!.Value.Kind);
        Assert.True(await Eventually.WaitUntilAsync(() => bot.Console.Text.Contains("✎ Updated: ", StringComparison.Ordinal)), bot.Console.Text);
        Assert.Equal(1, Eventually.Count(bot.Console.Text, AlertMark));
        Assert.Equal(1, await bot.Get<IArticleStore>().CountAsync(default));
    }

    [Fact]
    public async Task Start_InvalidPublisherOption_FailsNamingTheKey()
    {
        var settings = Settings();
        settings["Airspace:Publisher:PollInterval"] = "00:00:00";
        await using var bot = TestBot.Create(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.Host.StartAsync());

        Assert.Contains("Airspace:Publisher:PollInterval", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BundledSamples_ArchiveIsSearchableButOnlySeedArticleIsPosted()
    {
        await using var bot = await TestBot.StartAsync(Settings(Samples.Folder));
        Assert.True(await Eventually.WaitUntilAsync(() => bot.Console.Text.Contains(AlertMark, StringComparison.Ordinal), TimeSpan.FromSeconds(60)));
        await bot.Get<DeliveryPlanner>().RunOnceAsync(default);
        await bot.Get<DeliveryDispatcher>().RunOnceAsync(default);

        Assert.Equal(751, await bot.Get<IArticleStore>().CountAsync(default));
        Assert.Equal(1, Eventually.Count(bot.Console.Text, AlertMark));
        var latest = await bot.Get<IArticleStore>().LatestAsync(1, includeDemo: true, default);
        Assert.StartsWith(Samples.SeedTitleStart, latest[0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HttpUrlsConfigured_ServesHealthOnLoopback()
    {
        var settings = Settings();
        settings["Airspace:Http:Urls"] = "http://127.0.0.1:0";
        await using var bot = await TestBot.StartAsync(settings);
        var server = bot.Get<Microsoft.AspNetCore.Hosting.Server.IServer>();
        var address = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.Single();

        using var client = new HttpClient();
        var body = await client.GetStringAsync(new Uri(new Uri(address), "/healthz"));

        // JSON per component since /healthz reports the store, search, platforms and sources (HttpEndpointTests).
        Assert.Equal("Healthy", System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Start_InvalidHttpUrl_FailsNamingTheKey()
    {
        var settings = Settings();
        settings["Airspace:Http:Urls"] = "ftp://example";
        await using var bot = TestBot.Create(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bot.Host.StartAsync());

        Assert.Contains("Airspace:Http:Urls", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
