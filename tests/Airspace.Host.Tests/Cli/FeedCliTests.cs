using System.Globalization;
using System.Net;
using System.Text.Json;
using Airspace.Core.Subscriptions;
using Airspace.Host.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Airspace.Host.Tests.Cli;

/// <summary><c>airspace feed parse</c>, <c>airspace sources …</c>, and the bot following a loopback WordPress site.</summary>
public sealed class FeedCliTests : IDisposable
{
    private const string AlertMark = "✈ ";
    private readonly TempDirectory _temp = new();

    private string Data => _temp.Combine("data");

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Airspace(params string[] args) => Support.Cli.RunAsync(_temp.Path, [.. args, "--data", Data]);

    [Fact]
    public async Task FeedParse_RssFile_PrintsExactlyTheJsonContract()
    {
        var path = _temp.Combine("feed.xml");
        await File.WriteAllTextAsync(path, """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xml:base="https://example.test/"><channel><title>Feed &amp; more</title><link>https://example.test/</link>
            <item><title>Café <![CDATA[<b>bold</b>]]></title><link>posts/1</link><guid isPermaLink="false">g-1</guid>
            <pubDate>Wed, 01 May 2024 10:04:05 +0700</pubDate><author>ed@example.test (Ed)</author>
            <category>Berita</category><description>&lt;p&gt;Hello&lt;/p&gt;&lt;p&gt;world&lt;/p&gt;</description>
            <enclosure url="img/1.jpg" type="image/jpeg" length="1"/></item>
            </channel></rss>
            """);

        var result = await Airspace("feed", "parse", path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(["title", "link", "items"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Feed & more", root.GetProperty("title").GetString());
        var item = Assert.Single(root.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal(["id", "title", "link", "published", "updated", "author", "summary", "content", "categories", "image"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("g-1", item.GetProperty("id").GetString());
        Assert.Equal("Café bold", item.GetProperty("title").GetString());
        Assert.Equal("https://example.test/posts/1", item.GetProperty("link").GetString());
        Assert.Equal("2024-05-01T03:04:05Z", item.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("updated").ValueKind);
        Assert.Equal("Ed", item.GetProperty("author").GetString());
        Assert.Equal("Hello world", item.GetProperty("summary").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("content").ValueKind);
        Assert.Equal(["Berita"], item.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("https://example.test/img/1.jpg", item.GetProperty("image").GetString());
        Assert.Contains("Café", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedParse_XmlBomb_ExitsNonZeroWithOneLineReason()
    {
        var path = _temp.Combine("bomb.xml");
        await File.WriteAllTextAsync(path, """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <rss><channel><title>&lol2;</title></channel></rss>
            """);

        var result = await Airspace("feed", "parse", path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains("entities", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_AddListRemove_RoundTrips()
    {
        var added = await Airspace("sources", "add", "review", "https://airspace-review.com/?key=secret", "--kind", "WordPress", "--interval", "00:10:00");
        var listed = await Airspace("sources", "list");
        var removed = await Airspace("sources", "remove", "review");
        var bad = await Airspace("sources", "add", "x", "ftp://example.test/feed");

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("review (WordPress, airspace-review.com, every 10 min) — not polled yet", listed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", listed.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal("error: Url must be an absolute http(s) URL.", bad.Stderr.Trim());
    }

    [Fact]
    public async Task Run_LoopbackWordPressSource_ArchivesFirstPollThenPostsEachNewPostOnce()
    {
        var posts = new List<string> { Post(1, "Berita lama pertama"), Post(2, "Berita lama kedua") };
        await using var site = await StartSiteAsync(() => "[" + string.Join(",", posts) + "]");
        var settings = TestBot.Settings(Data, Samples.AirspaceOnly(_temp));
        settings["Airspace:Seed:Enabled"] = "false";
        settings["Airspace:Sources:0:Name"] = "review";
        settings["Airspace:Sources:0:Kind"] = "WordPress";
        settings["Airspace:Sources:0:Url"] = site.Root;
        settings["Airspace:Sources:0:Interval"] = "00:00:01";
        settings["Airspace:Sources:0:Local"] = "true";
        settings["Airspace:Feeds:PerHostDelay"] = "00:00:00";
        settings["Airspace:Feeds:SchedulerTick"] = "00:00:00.2";

        await using (var bot = TestBot.Create(settings))
        {
            await bot.Get<ISubscriptionStore>().AddAsync(ChannelAddress.ConsoleChannel, [], 0, default);
            await bot.Host.StartAsync();
            Assert.True(await Eventually.WaitUntilAsync(() => site.Requests >= 2));
            Assert.DoesNotContain(AlertMark, bot.Console.Text, StringComparison.Ordinal);

            lock (posts)
            {
                posts.Insert(0, Post(3, "Pesawat baru tiba di Madiun"));
            }

            Assert.True(await Eventually.WaitUntilAsync(() => bot.Console.Text.Contains(AlertMark + "Pesawat baru tiba di Madiun", StringComparison.Ordinal)), bot.Console.Text);
            var seen = site.Requests;
            Assert.True(await Eventually.WaitUntilAsync(() => site.Requests >= seen + 2));
            Assert.Equal(1, Eventually.Count(bot.Console.Text, AlertMark));
        }

        await using var restarted = await TestBot.StartAsync(settings);
        var before = site.Requests;
        Assert.True(await Eventually.WaitUntilAsync(() => site.Requests >= before + 2));
        Assert.DoesNotContain(AlertMark, restarted.Console.Text, StringComparison.Ordinal);
    }

    private static string Post(int id, string title)
    {
        var date = DateTimeOffset.UtcNow.AddMinutes(-id).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        var body = string.Join("", Enumerable.Range(1, 3).Select(n => $"<p>Paragraf {n} dari berita {id}: TNI AU menerima laporan resmi tentang {WebUtility.HtmlEncode(title)} di Jakarta.</p>"));
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = id,
            ["date_gmt"] = date,
            ["modified_gmt"] = date,
            ["guid"] = new Dictionary<string, string> { ["rendered"] = $"https://review.test/?p={id}" },
            ["link"] = $"https://review.test/2024/05/01/post-{id}/",
            ["title"] = new Dictionary<string, string> { ["rendered"] = title },
            ["content"] = new Dictionary<string, object> { ["rendered"] = body, ["protected"] = false },
        });
    }

    private static async Task<Site> StartSiteAsync(Func<string> json)
    {
        var site = new Site();
        site.Server = await LoopbackKestrel.StartAsync(app => app.Run(async context =>
        {
            Interlocked.Increment(ref site.Count);
            context.Response.ContentType = "application/json";
            string body;
            lock (json)
            {
                body = json();
            }

            await context.Response.WriteAsync(body);
        }));
        return site;
    }

    private sealed class Site : IAsyncDisposable
    {
        public int Count;

        public LoopbackKestrel? Server { get; set; }

        public string Root => Server!.BaseAddress.ToString();

        public int Requests => Volatile.Read(ref Count);

        public ValueTask DisposeAsync() => Server?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
