using System.Diagnostics;
using System.Globalization;
using System.Text;
using Airspace.Core.Articles;
using Airspace.Core.Ingest;
using Airspace.Discord.Tests.Fakes;
using Airspace.Discord.Tests.Support;
using Xunit.Abstractions;
using static Airspace.Discord.Tests.Support.InteractionHarness;

namespace Airspace.Discord.Tests.Running;

/// <summary>
/// A burst of alerts to one channel through the whole bot, with the fake's channel bucket at Discord's 5 messages
/// per 5 s scaled down 20× (5 per 250 ms) and a resumable gateway drop in the middle. Always checks the outcome
/// (each alert exactly once, at most one 429, resumed not re-identified) on a short burst; with AIRSPACE_MEASURE=1
/// it runs the full 200 alerts and writes its figures to the test output and discord-burst.txt.
/// </summary>
public sealed class BurstMeasurement(ITestOutputHelper output)
{
    private const string Channel = "2200000000000000001";
    private static readonly bool Measuring = Environment.GetEnvironmentVariable("AIRSPACE_MEASURE") == "1";
    private static readonly int Alerts = Measuring ? 200 : 30;

    [Fact]
    public async Task Run_BurstToOneChannel_EachAlertOnceWithAtMostOne429AndAResume()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.MessageBucketLimit = 5;
        fake.MessageBucketWindow = TimeSpan.FromMilliseconds(250);
        using var temp = new TempDirectory();
        var settings = TestHost.Settings(fake, temp);
        settings["Logging:LogLevel:Default"] = "Information";
        await using var host = await TestHost.StartAsync(settings, temp);
        Assert.True(await Eventually.WaitUntilAsync(() => fake.Ready));
        await SendAsync(fake, fake.NewInteraction(2, Command("subscribe"), Channel, memberPermissions: Manager, appPermissions: CanPost));

        var ingestor = host.Get<ArticleIngestor>();
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= Alerts; i++)
        {
            await ingestor.IngestAsync(new ArticleDraft
            {
                Source = "airspace-review.com",
                Url = $"https://example.com/burst/{i}",
                Title = $"Artikel nomor {i} tentang pertahanan udara",
                Text = $"Artikel nomor {i} membahas pertahanan udara nasional. Pesawat tempur baru tiba di Madiun. Kalimat ketiga nomor {i}.",
                Published = DateTimeOffset.UtcNow.AddMinutes(i),
            }, default);
            if (i == Alerts / 2)
            {
                await fake.CloseGatewayAsync(4000);
            }
        }

        var ingested = clock.Elapsed;
        Assert.True(await Eventually.WaitUntilAsync(() => fake.MessagesIn(Channel).Count >= Alerts, TimeSpan.FromMinutes(3)));
        var total = clock.Elapsed;
        await Task.Delay(500);
        Assert.Equal(Alerts, fake.MessagesIn(Channel).Select(m => m.Nonce).Distinct().Count());
        Assert.Equal(Alerts, fake.MessagesIn(Channel).Count);
        Assert.True(fake.Total429s <= 1, $"{fake.Total429s} × 429");
        Assert.Equal(1, fake.Identifies);
        if (!Measuring)
        {
            return;
        }

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"alerts: {Alerts} to one channel; fake bucket {fake.MessageBucketLimit} per {fake.MessageBucketWindow.TotalMilliseconds} ms")
            .AppendLine(CultureInfo.InvariantCulture, $"messages in channel: {fake.MessagesIn(Channel).Count} (duplicates: {fake.MessagesIn(Channel).Count - fake.MessagesIn(Channel).Select(m => m.Nonce).Distinct().Count()})")
            .AppendLine(CultureInfo.InvariantCulture, $"429s per bucket: {(fake.TooManyRequests.IsEmpty ? "none" : string.Join(", ", fake.TooManyRequests.Select(p => $"{p.Key}={p.Value}")))}")
            .AppendLine(CultureInfo.InvariantCulture, $"ingest: {ingested.TotalSeconds:0.00} s; first ingest to last alert: {total.TotalSeconds:0.00} s (floor at this bucket: {Alerts / fake.MessageBucketLimit * fake.MessageBucketWindow.TotalSeconds:0.00} s)")
            .AppendLine(CultureInfo.InvariantCulture, $"gateway after a 4000 close mid-burst: identifies {fake.Identifies}, resumes {fake.Resumes}")
            .ToString();
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "discord-burst.txt"), report);
    }
}
