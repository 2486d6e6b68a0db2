using System.Text;
using Airspace.Core.Sources;
using Airspace.Feeds.Opml;
using Airspace.Feeds.Parsing;
using Airspace.Feeds.Tests.Support;

namespace Airspace.Feeds.Tests.Opml;

public sealed class OpmlTests : IDisposable
{
    private const string FeedReaderExport = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>My feeds</title></head>
          <body>
            <outline text="Top level" type="rss" xmlUrl="https://top.example.test/feed" htmlUrl="https://top.example.test/"/>
            <outline text="News" title="News">
              <outline text="Indonesia">
                <outline type="rss" text="Airspace Review" title="AR" xmlUrl="https://airspace-review.com/feed/"/>
                <outline type="rss" title="Only title" xmlUrl="https://title.example.test/rss"/>
              </outline>
              <outline type="rss" text="WP site" xmlUrl="https://wp.example.test/wp-json/wp/v2/posts"/>
            </outline>
          </body>
        </opml>
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static IReadOnlyList<OpmlEntry> Read(string text) => OpmlReader.Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Read_NestedOutlines_GivesEveryFeedWithItsFolderPath()
    {
        var entries = Read(FeedReaderExport);

        Assert.Equal(["Top level", "Airspace Review", "Only title", "WP site"], entries.Select(e => e.Options.Name));
        Assert.Equal([null, "News/Indonesia", "News/Indonesia", "News"], entries.Select(e => e.Options.Folder));
        Assert.Equal([SourceKind.Feed, SourceKind.Feed, SourceKind.Feed, SourceKind.WordPress], entries.Select(e => e.Options.ToDefinition(TimeSpan.FromMinutes(5)).Kind));
        Assert.All(entries, e => Assert.Null(e.Problem));
    }

    [Fact]
    public void Read_EntityDeclarations_AreRefusedAsInFeeds()
    {
        var error = Assert.Throws<FeedFormatException>(() => Read("""
            <?xml version="1.0"?>
            <!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <opml version="2.0"><body><outline text="&x;" xmlUrl="https://a.example.test/"/></body></opml>
            """));

        Assert.Contains("entities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotOpml_SaysWhatTheRootIs()
    {
        var error = Assert.Throws<FeedFormatException>(() => Read("<rss version=\"2.0\"><channel/></rss>"));

        Assert.Equal("not an OPML file: the root element is <rss>, not <opml>", error.Message);
    }

    [Fact]
    public void WriteThenRead_EverySetting_SurvivesTheRoundTrip()
    {
        SourceDefinition[] sources =
        [
            new() { Name = "review", Kind = SourceKind.WordPress, Url = new Uri("https://airspace-review.com/wp-json/wp/v2/posts?key=k&a=b"), Interval = TimeSpan.FromMinutes(90), Folder = "News/Indonesia", Stored = true },
            new() { Name = "lab", Kind = SourceKind.Feed, Url = new Uri("http://127.0.0.1:8080/feed"), Interval = TimeSpan.FromSeconds(30), Local = true, Categories = ["Berita, Utama", "TNI AU"], Stored = true },
            new() { Name = "other", Kind = SourceKind.Feed, Url = new Uri("https://other.example.test/atom.xml"), Interval = TimeSpan.FromDays(1), Folder = "News", Stored = true },
        ];

        var read = OpmlReader.Read(Encoding.UTF8.GetBytes(OpmlWriter.Write(sources)));

        var back = read.Select(e => e.Options.ToDefinition(TimeSpan.FromMinutes(5)) with { Stored = true }).ToList();
        Assert.Equal(sources.OrderBy(s => s.Name), back.OrderBy(s => s.Name), new DefinitionComparer());
    }

    [Fact]
    public async Task ImportAsync_ExistingNameOrUrl_IsSkippedAndReported()
    {
        await using var pipeline = FeedPipeline.Create(_temp.Path);
        var store = pipeline.Get<ISourceStore>();
        await store.AddAsync(new SourceDefinition { Name = "airspace review", Kind = SourceKind.Feed, Url = new Uri("https://other.example.test/"), Interval = TimeSpan.FromMinutes(5), Stored = true }, default);
        await store.AddAsync(new SourceDefinition { Name = "mine", Kind = SourceKind.Feed, Url = new Uri("https://top.example.test/feed"), Interval = TimeSpan.FromMinutes(5), Stored = true }, default);

        var report = await pipeline.Get<OpmlImporter>().ImportAsync(Encoding.UTF8.GetBytes(FeedReaderExport), default);

        Assert.Equal(["Only title", "WP site"], report.Added);
        Assert.Equal([("Top level", "mine already follows this URL"), ("Airspace Review", "a source named airspace review already exists")], report.Skipped);
        Assert.Empty(report.Refused);
        var stored = await store.ListAsync(default);
        Assert.Equal(4, stored.Count);
        Assert.Equal(new Uri("https://other.example.test/"), stored.Single(s => s.Name == "airspace review").Url);
        Assert.Equal(SourceKind.WordPress, stored.Single(s => s.Name == "WP site").Kind);
        Assert.Equal("News/Indonesia", stored.Single(s => s.Name == "Only title").Folder);
    }

    [Fact]
    public async Task ImportAsync_InvalidOutline_IsRefusedAndTheOthersAdded()
    {
        await using var pipeline = FeedPipeline.Create(_temp.Path);

        var report = await pipeline.Get<OpmlImporter>().ImportAsync(Encoding.UTF8.GetBytes("""
            <opml version="1.0" xmlns:airspace="urn:airspace:opml:1"><body>
              <outline text="ftp" xmlUrl="ftp://files.example.test/feed"/>
              <outline text="slow" xmlUrl="https://slow.example.test/feed" airspace:interval="ninety minutes"/>
              <outline text="good" xmlUrl="https://good.example.test/feed" airspace:interval="2h"/>
            </body></opml>
            """), default);

        Assert.Equal(["good"], report.Added);
        Assert.Equal(["ftp", "slow"], report.Refused.Select(r => r.Label));
        Assert.Contains("Url must be an absolute http(s) URL", report.Refused[0].Reason, StringComparison.Ordinal);
        Assert.Contains("ninety minutes", report.Refused[1].Reason, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromHours(2), Assert.Single(await pipeline.Get<ISourceStore>().ListAsync(default)).Interval);
    }

    private const string LocalOutlines = """
        <opml version="2.0" xmlns:airspace="urn:airspace:opml:1"><body>
          <outline text="docker" xmlUrl="http://127.0.0.1:2375/containers/json" airspace:local="true"/>
          <outline text="router" xmlUrl="http://192.168.1.1/feed"/>
          <outline text="named" xmlUrl="https://news.example.test/feed" airspace:local="true"/>
          <outline text="metadata" xmlUrl="http://169.254.169.254/latest/meta-data"/>
          <outline text="public" xmlUrl="https://public.example.test/feed"/>
        </body></opml>
        """;

    [Fact]
    public async Task ImportAsync_LocalAccessWithoutPermission_RefusedNamingTheOption()
    {
        await using var pipeline = FeedPipeline.Create(_temp.Path);

        var report = await pipeline.Get<OpmlImporter>().ImportAsync(Encoding.UTF8.GetBytes(LocalOutlines), default);

        Assert.Equal(["public"], report.Added);
        Assert.Equal(["docker", "router", "named", "metadata"], report.Refused.Select(r => r.Label));
        Assert.All(report.Refused.Take(3), r => Assert.Contains("--local", r.Reason, StringComparison.Ordinal));
        Assert.Single(await pipeline.Get<ISourceStore>().ListAsync(default));
    }

    [Fact]
    public async Task ImportAsync_LocalAllowed_PrivateOutlinesStoredAsLocalMetadataStillRefused()
    {
        await using var pipeline = FeedPipeline.Create(_temp.Path);

        var report = await pipeline.Get<OpmlImporter>().ImportAsync(Encoding.UTF8.GetBytes(LocalOutlines), default, allowLocal: true);

        Assert.Equal(["docker", "router", "named", "public"], report.Added);
        Assert.Equal(["metadata"], report.Refused.Select(r => r.Label));
        var stored = await pipeline.Get<ISourceStore>().ListAsync(default);
        Assert.True(stored.Single(s => s.Name == "router").Local);
        Assert.False(stored.Single(s => s.Name == "public").Local);
    }

    private sealed class DefinitionComparer : IEqualityComparer<SourceDefinition>
    {
        public bool Equals(SourceDefinition? x, SourceDefinition? y) =>
            x is not null && y is not null && x.Name == y.Name && x.Kind == y.Kind && x.Url == y.Url && x.Url.AbsoluteUri == y.Url.AbsoluteUri
            && x.Interval == y.Interval && x.Categories.SequenceEqual(y.Categories) && x.Local == y.Local && x.Folder == y.Folder && x.Stored == y.Stored;

        public int GetHashCode(SourceDefinition obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }
}
