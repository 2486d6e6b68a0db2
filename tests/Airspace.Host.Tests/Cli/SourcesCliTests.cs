using Airspace.Host.Tests.Support;

namespace Airspace.Host.Tests.Cli;

/// <summary>
/// <c>airspace sources add</c> with feed discovery on loopback sites (hence <c>--local</c>), name clashes, and the OPML
/// round trip, all through the real executable.
/// </summary>
public sealed class SourcesCliTests : IDisposable
{
    private const string Html = "text/html; charset=utf-8";

    private const string Rss = SampleFeedSite.Rss;

    private const string Posts = """
        [{"id":7,"date_gmt":"2024-05-01T10:00:00","modified_gmt":"2024-05-01T10:00:00","link":"https://airspace-review.com/7/",
          "title":{"rendered":"Berita tujuh"},"content":{"rendered":"<p>Isi berita.</p>","protected":false}}]
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<CliResult> Airspace(params string[] args) => AirspaceIn("data", args);

    private Task<CliResult> AirspaceIn(string data, params string[] args) =>
        Support.Cli.RunAsync(_temp.Path, [("Airspace__Feeds__PerHostDelay", "00:00:00")], [.. args, "--data", _temp.Combine(data)]);

    private static string HomePage(string head = "") =>
        $"<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Airspace Review</title>{head}</head><body><p>Berita<br></body></html>";

    [Fact]
    public async Task Add_HomePageWithWordPressLinkHeader_SavesTheWordPressApi()
    {
        await using var site = (await LoopbackSite.StartAsync())
            .Serve("/", Html, HomePage("""<link rel="alternate" type="application/rss+xml" href="/feed/">"""), link: "<{root}wp-json/>; rel=\"https://api.w.org/\"")
            .Serve("/feed/", "application/rss+xml", Rss)
            .Serve("/wp-json/wp/v2/posts", "application/json", Posts);

        var added = await Airspace("sources", "add", "review", site.Root, "--local");
        var listed = await Airspace("sources", "list");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(
            $"Found the WordPress REST API (advertised in the Link header): {site.Root}wp-json/wp/v2/posts (1 post on its first page).\n" +
            $"Added review (WordPress, {site.Root}wp-json/wp/v2/posts). Its first poll archives what it has without posting; new items after that are posted.",
            added.Stdout.Trim().ReplaceLineEndings("\n"));
        Assert.Contains("review (WordPress, 127.0.0.1, every 5 min)", listed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_HomePageWithWordPressLinkTag_SavesTheWordPressApi()
    {
        await using var site = (await LoopbackSite.StartAsync())
            .Serve("/", Html, HomePage("""<link rel="https://api.w.org/" href="/wp-json/">"""))
            .Serve("/wp-json/wp/v2/posts", "application/json", Posts);

        var added = await Airspace("sources", "add", "review", site.Root, "--local");

        Assert.Equal(0, added.ExitCode);
        Assert.StartsWith($"Found the WordPress REST API (advertised in the link tag): {site.Root}wp-json/wp/v2/posts", added.Stdout, StringComparison.Ordinal);
        Assert.Contains("Added review (WordPress,", added.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_HomePageWithOnlyRssAlternate_SavesThatFeed()
    {
        await using var site = (await LoopbackSite.StartAsync())
            .Serve("/", Html, HomePage("""<link rel="alternate" type="application/rss+xml" href="/berita.xml">"""))
            .Serve("/berita.xml", "application/rss+xml", Rss);

        var added = await Airspace("sources", "add", "review", site.Root, "--local", "--interval", "30m");
        var listed = await Airspace("sources", "list");

        Assert.Equal(0, added.ExitCode);
        Assert.StartsWith($"Found an RSS 2.0 feed linked from the page (<link rel=\"alternate\">): {site.Root}berita.xml (1 item).", added.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Added review (Feed, {site.Root}berita.xml).", added.Stdout, StringComparison.Ordinal);
        Assert.Contains("review (Feed, 127.0.0.1, every 30 min)", listed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_HomePageWithOnlyFeedPath_SavesTheCommonPath()
    {
        await using var site = (await LoopbackSite.StartAsync())
            .Serve("/", Html, HomePage())
            .Serve("/feed/", "application/rss+xml", Rss);

        var added = await Airspace("sources", "add", "review", site.Root, "--local");

        Assert.Equal(0, added.ExitCode);
        Assert.StartsWith($"Found an RSS 2.0 feed at the common path /feed/: {site.Root}feed/ (1 item).", added.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_HomePageWithoutAnyFeed_RefusesInOneSentenceAndSavesNothing()
    {
        await using var site = (await LoopbackSite.StartAsync()).Serve("/", Html, HomePage());

        var added = await Airspace("sources", "add", "review", site.Root, "--local");
        var listed = await Airspace("sources", "list");

        Assert.Equal(1, added.ExitCode);
        var line = Assert.Single(added.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {site.Root} is a web page, not a feed, and no feed was found there", line, StringComparison.Ordinal);
        Assert.DoesNotContain("XML", line, StringComparison.Ordinal);
        Assert.StartsWith("No sources.", listed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_LoopbackWithoutLocal_IsRefusedNamingTheOption()
    {
        await using var site = (await LoopbackSite.StartAsync()).Serve("/feed/", "application/rss+xml", Rss);

        var checkedAdd = await Airspace("sources", "add", "review", site.Root + "feed/");
        var noCheck = await Airspace("sources", "add", "review", "http://localhost:9/feed", "--no-check");
        var listed = await Airspace("sources", "list");

        Assert.Equal(1, checkedAdd.ExitCode);
        Assert.Equal($"error: {site.Root}feed/ is a loopback address; add --local to follow a source on this machine or your private network.", checkedAdd.Stderr.Trim());
        Assert.Equal(1, noCheck.ExitCode);
        Assert.Contains("--local", noCheck.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("No sources.", listed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_SameNameInOtherCase_IsRefusedUnlessReplace()
    {
        var first = await Airspace("sources", "add", "ar-feed", "http://127.0.0.1:9/one.xml", "--local", "--no-check");
        var clash = await Airspace("sources", "add", "AR-FEED", "http://127.0.0.1:9/two.xml", "--local", "--no-check");
        var kept = await Airspace("sources", "list");
        var replaced = await Airspace("sources", "add", "AR-FEED", "http://127.0.0.1:9/wp-json/wp/v2/posts", "--local", "--no-check", "--replace");
        var listed = await Airspace("sources", "list");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, clash.ExitCode);
        Assert.Equal("error: a source named 'ar-feed' already exists (names are case-insensitive); add --replace to replace it, or choose another name.", clash.Stderr.Trim());
        Assert.Contains("http://127.0.0.1:9/one.xml", kept.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains("AR-FEED (WordPress, 127.0.0.1, every 5 min)", listed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("ar-feed", listed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportThenImport_IntoAnEmptyDataFolder_ListsExactlyTheSameSources()
    {
        Assert.Equal(0, (await Airspace("sources", "add", "review", "http://127.0.0.1:9/wp-json/wp/v2/posts?key=k", "--local", "--no-check", "--interval", "2h", "--folder", "News/Indonesia")).ExitCode);
        Assert.Equal(0, (await Airspace("sources", "add", "Lab Feed", "http://127.0.0.1:9/feed.xml", "--local", "--no-check", "--interval", "30s", "--category", "TNI AU", "--category", "Berita, Utama")).ExitCode);
        Assert.Equal(0, (await Airspace("sources", "add", "atom", "http://127.0.0.1:9/atom.xml", "--local", "--no-check", "--kind", "Feed", "--folder", "News")).ExitCode);
        var path = _temp.Combine("sources.opml");

        var before = await Airspace("sources", "list");
        var exported = await Airspace("sources", "export", path);
        var stdout = await Airspace("sources", "export");
        var imported = await AirspaceIn("fresh", "sources", "import", path, "--local");
        var after = await AirspaceIn("fresh", "sources", "list");
        var again = await AirspaceIn("fresh", "sources", "import", path, "--local");

        Assert.Equal(0, exported.ExitCode);
        Assert.Equal("Exported 3 sources to " + path + ".", exported.Stdout.Trim());
        Assert.Equal(await File.ReadAllTextAsync(path), stdout.Stdout);
        Assert.Equal(0, imported.ExitCode);
        Assert.StartsWith("Imported 3 sources: ", imported.Stdout, StringComparison.Ordinal);
        Assert.Equal(before.Stdout, after.Stdout);
        Assert.Contains("folder News/Indonesia", after.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("Imported 0 sources.\nSkipped atom: a source named atom already exists.", again.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NotOpml_ExitsWithOneSentence()
    {
        var path = _temp.Combine("feeds.opml");
        await File.WriteAllTextAsync(path, "<!DOCTYPE x [<!ENTITY a \"b\">]><opml><body/></opml>");

        var result = await Airspace("sources", "import", path);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {path} is not readable OPML: the document declares entities", line, StringComparison.Ordinal);
    }
}
