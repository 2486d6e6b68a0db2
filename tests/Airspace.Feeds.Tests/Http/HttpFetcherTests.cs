using System.Collections.Concurrent;
using Airspace.Feeds.FullText;
using Airspace.Feeds.Http;
using Airspace.Feeds.Sources;
using Airspace.Feeds.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Airspace.Feeds.Tests.Http;

public sealed class HttpFetcherTests : IDisposable
{
    private const long Megabyte = 1024 * 1024;

    private readonly HttpFetcher _fetcher = Create(new FeedsOptions { PerHostDelay = TimeSpan.Zero, MaxRedirects = 3, Timeout = TimeSpan.FromSeconds(5) });

    public void Dispose() => _fetcher.Dispose();

    private static HttpFetcher Create(FeedsOptions options) => new(Options.Create(options), TimeProvider.System);

    private static HttpFetchRequest Local(Uri url, long maxBytes = Megabyte) => new() { Url = url, AllowLocal = true, MaxBytes = maxBytes };

    [Fact]
    public async Task FetchAsync_FiftyMegabytesWithoutContentLength_StopsAtTheCapWithoutReadingTheRest()
    {
        long written = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            try
            {
                // Kestrel turns writes after the client hung up into no-ops: stop when it says the request was aborted.
                for (var i = 0; i < 50 * 16 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    Interlocked.Add(ref written, chunk.Length);
                    if (i % 16 == 15)
                    {
                        // A breath per megabyte lets the client's hang-up reach the handler.
                        await Task.Delay(5, context.RequestAborted);
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
            {
                // The client hung up, as it should.
            }
        });

        var result = await _fetcher.FetchAsync(Local(server.Url("/huge.xml")), CancellationToken.None);

        Assert.Equal(HttpFetchStatus.Failed, result.Status);
        Assert.True(result.Error?.Contains("too large", StringComparison.Ordinal), result.Error);
        Assert.Null(result.Body);
        await Task.Delay(200);
        Assert.True(Interlocked.Read(ref written) < 20 * Megabyte, $"the server wrote {Interlocked.Read(ref written)} bytes");
    }

    [Fact]
    public async Task FetchAsync_DeclaredLengthOverTheCap_IsRefusedBeforeTheBody()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentLength = 50 * Megabyte;
            await context.Response.StartAsync();
            await context.Response.Body.WriteAsync(new byte[1024]);
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            context.Abort();
        });

        var result = await _fetcher.FetchAsync(Local(server.Url("/huge.xml")), CancellationToken.None);

        Assert.True(result.Error?.Contains("too large (52428800 bytes", StringComparison.Ordinal), result.Error);
    }

    [Fact]
    public async Task FetchAsync_LoopbackWithoutLocal_IsRefusedAndNeverConnects()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("secret"));

        var result = await _fetcher.FetchAsync(Local(server.Url("/admin?token=abc")) with { AllowLocal = false }, CancellationToken.None);

        Assert.Equal(HttpFetchStatus.Failed, result.Status);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("token=abc", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Exchanges);
    }

    [Fact]
    public async Task FetchAsync_LocalSourceRedirectsToAnotherHost_StrictRuleRefusesIt()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Redirect($"http://localhost:{context.Request.Host.Port}/internal");
            return Task.CompletedTask;
        });

        var result = await _fetcher.FetchAsync(Local(server.Url("/feed.xml")), CancellationToken.None);

        Assert.Equal(HttpFetchStatus.Failed, result.Status);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.Equal(["/feed.xml"], server.Exchanges.Select(e => e.Path));
    }

    [Fact]
    public async Task FetchPageAsync_ItemPageOfALocalSourceOnAnotherHost_Refused()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("<html><body><article><p>Intranet text.</p></article></body></html>"));
        var pages = new PageArticleFetcher(_fetcher, Options.Create(new FeedsOptions()));

        var elsewhere = await pages.FetchPageAsync(new Uri($"http://localhost:{server.Root.Port}/page"), localHost: server.Root.IdnHost, CancellationToken.None);
        var own = await pages.FetchPageAsync(server.Url("/page"), localHost: server.Root.IdnHost, CancellationToken.None);

        Assert.Contains("loopback", elsewhere.Error, StringComparison.Ordinal);
        Assert.NotNull(own.Page);
        Assert.Single(server.Exchanges);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    public async Task FetchAsync_MetadataAddressForALocalSource_AlwaysRefused(string url)
    {
        var result = await _fetcher.FetchAsync(Local(new Uri(url)), CancellationToken.None);

        Assert.Equal(HttpFetchStatus.Failed, result.Status);
        Assert.Contains("not even for Local sources", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_IsBounded()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Redirect("/loop" + Guid.NewGuid().ToString("N"));
            return Task.CompletedTask;
        });

        var result = await _fetcher.FetchAsync(Local(server.Url("/start")), CancellationToken.None);

        Assert.Contains("too many redirects", result.Error, StringComparison.Ordinal);
        Assert.Equal(4, server.Exchanges.Count);
    }

    [Fact]
    public async Task FetchAsync_RedirectToFileScheme_IsRefused()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Redirect("file:///etc/passwd");
            return Task.CompletedTask;
        });

        var result = await _fetcher.FetchAsync(Local(server.Url("/start")), CancellationToken.None);

        Assert.Contains("only http and https", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_GzipBody_IsDecompressedAndCappedAfterDecompression()
    {
        var text = new string('x', 300_000);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentEncoding = "gzip";
            await using var gzip = new System.IO.Compression.GZipStream(context.Response.Body, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true);
            await gzip.WriteAsync(System.Text.Encoding.ASCII.GetBytes(text));
        });

        var small = await _fetcher.FetchAsync(Local(server.Url("/a"), maxBytes: 100_000), CancellationToken.None);
        var large = await _fetcher.FetchAsync(Local(server.Url("/a"), maxBytes: Megabyte), CancellationToken.None);

        Assert.Contains("too large", small.Error, StringComparison.Ordinal);
        Assert.Equal(300_000, large.Body!.Length);
    }

    [Fact]
    public async Task FetchAsync_ManyRequestsToOneHost_AreNeverConcurrent()
    {
        var inFlight = 0;
        var maxInFlight = 0;
        var starts = new ConcurrentQueue<string>();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            starts.Enqueue(context.Request.Path);
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref maxInFlight, now);
            await Task.Delay(50);
            Interlocked.Decrement(ref inFlight);
        });
        using var polite = Create(new FeedsOptions { PerHostDelay = TimeSpan.FromMilliseconds(100), MaxConcurrencyPerHost = 1 });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => polite.FetchAsync(Local(server.Url($"/p{i}")), CancellationToken.None)));

        Assert.Equal(4, starts.Count);
        Assert.Equal(1, maxInFlight);
    }

    [Fact]
    public async Task EnterAsync_SecondRequestToTheSameHost_WaitsForTheSpacing()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var gate = new HostGate(maxConcurrency: 2, spacing: TimeSpan.FromSeconds(1), time);

        using var first = await gate.EnterAsync("example.test", CancellationToken.None);
        var second = gate.EnterAsync("example.test", CancellationToken.None);
        var otherHost = gate.EnterAsync("other.test", CancellationToken.None);

        Assert.True(otherHost.IsCompleted);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        (await second).Dispose();
        (await otherHost).Dispose();
    }

    [Fact]
    public async Task EnterAsync_ManyHostsOverTime_TableStaysBoundedAndKeepsHostsInUse()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var gate = new HostGate(maxConcurrency: 1, spacing: TimeSpan.FromSeconds(1), time, maxHosts: 10);
        using var held = await gate.EnterAsync("busy.test", CancellationToken.None);

        for (var i = 0; i < 100; i++)
        {
            (await gate.EnterAsync($"host{i}.test", CancellationToken.None)).Dispose();
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.InRange(gate.HostCount, 1, 10);
        Assert.False(gate.EnterAsync("busy.test", CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task FetchAsync_ArticlePageForSummaryCommand_RefusesLoopbackWithAReason()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("<html><body><article><p>Secret intranet text.</p></article></body></html>"));
        var pages = new PageArticleFetcher(_fetcher, Options.Create(new FeedsOptions()));

        var result = await pages.FetchAsync(server.Url("/internal/page"), CancellationToken.None);

        Assert.Null(result.Draft);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Exchanges);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
