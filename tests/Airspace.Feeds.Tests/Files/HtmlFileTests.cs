using System.Text;

namespace Airspace.Feeds.Tests.Files;

public sealed class HtmlFileTests : ReaderFixture
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="id-ID">
        <head>
          <title>Kim Jong Un kunjungi KnAAZ – Airspace Review</title>
          <meta property="og:title" content="Kim Jong Un kunjungi KnAAZ – Airspace Review">
          <meta property="og:url" content="https://airspace-review.com/og-url/">
          <meta property="og:image" content="https://airspace-review.com/wp-content/knaaz.jpg">
          <meta property="article:published_time" content="2023-09-15T17:30:00+07:00">
          <meta property="article:modified_time" content="2023-09-16T08:00:00+07:00">
          <meta property="article:section" content="Militer">
          <meta property="article:tag" content="Korea Utara">
          <meta name="author" content="Roni Sontani">
          <link rel="canonical" href="https://www.airspace-review.com/2023/09/15/kim-jong-un-knaaz/">
          <script>var tracking = "analytics";</script>
        </head>
        <body>
          <header><nav><a href="/">Home</a></nav></header>
          <div class="sidebar">Sidebar outside the article</div>
          <article>
            <h1>Kim Jong Un kunjungi KnAAZ</h1>
            <time datetime="2020-01-01">old</time>
            <p>AIRSPACE REVIEW (airspace-review.com) – Pemimpin Korea Utara mengunjungi pabrik.</p>
            <p onclick="steal()">Su-35S dan <a href="javascript:alert(1)">Su-57</a> dibuat di sana.</p>
            <div class="share" hidden>Share on Facebook</div>
            <p>-JDN-</p>
          </article>
          <footer>© Airspace Review</footer>
        </body>
        </html>
        """;

    [Fact]
    public async Task ReadAsync_SavedArticlePage_ReadsMetadataFromHead()
    {
        var draft = await ReadSingleAsync("page.html", Page);

        Assert.Equal("Kim Jong Un kunjungi KnAAZ – Airspace Review", draft.Title);
        Assert.Equal("https://www.airspace-review.com/2023/09/15/kim-jong-un-knaaz/", draft.Url);
        Assert.Equal("airspace-review.com", draft.Source);
        Assert.Equal(new DateTimeOffset(2023, 9, 15, 10, 30, 0, TimeSpan.Zero), draft.Published);
        Assert.Equal(new DateTimeOffset(2023, 9, 16, 1, 0, 0, TimeSpan.Zero), draft.Updated);
        Assert.Equal("Roni Sontani", draft.Author);
        Assert.Equal("https://airspace-review.com/wp-content/knaaz.jpg", draft.ImageUrl);
        Assert.Equal(["Militer", "Korea Utara"], draft.Categories);
        Assert.Equal("id", draft.Language);
    }

    [Fact]
    public async Task ReadAsync_SavedArticlePage_BodyIsTheArticleWithoutHeadlineOrChrome()
    {
        var draft = await ReadSingleAsync("page.htm", Page);

        Assert.Equal(
            "old\nAIRSPACE REVIEW (airspace-review.com) – Pemimpin Korea Utara mengunjungi pabrik.\n"
            + "Su-35S dan Su-57 dibuat di sana.\n-JDN-",
            draft.Text);
    }

    [Fact]
    public async Task ReadAsync_NoMetadata_FallsBackToH1TimeAndMain()
    {
        const string page = """
            <html><head><title>Tab title</title><link rel="canonical" href="/relative/path"></head>
            <body><div>Menu text</div><main><h1>Headline</h1><p>Posted <time datetime="2024-02-03T04:05:06Z">today</time></p>
            <p>Main body.</p></main></body></html>
            """;

        var draft = await ReadSingleAsync("fallback.html", page);

        Assert.Equal("Headline", draft.Title);
        Assert.Equal("/relative/path", draft.Url);
        Assert.Equal("file", draft.Source);
        Assert.Equal(new DateTimeOffset(2024, 2, 3, 4, 5, 6, TimeSpan.Zero), draft.Published);
        Assert.Equal("Posted today\nMain body.", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_OnlyTitleElement_TitleFromTitleAndBodyFromBody()
    {
        var draft = await ReadSingleAsync("bare.html", "<title>Just a title</title><p>Body one.</p><p>Body two.</p>");

        Assert.Equal("Just a title", draft.Title);
        Assert.Null(draft.Url);
        Assert.Null(draft.Published);
        Assert.Equal("Body one.\nBody two.", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_HostilePage_ReturnsCleanTextWithoutScript()
    {
        var page = new StringBuilder("<html><body><article><p>Real text &amp; more &lt;script&gt;</p>");
        page.Append("<script>alert('xss')</script><style>.a{}</style><p style=\"display: none\">hidden</p>");
        page.Append("<a href=\"javascript:void(0)\" onclick=\"evil()\">link</a>");
        page.Append(string.Concat(Enumerable.Repeat("<div>", 10_000))).Append("deep");
        page.Append("<b><i><u>unclosed soup<p>more");

        var draft = await ReadSingleAsync("hostile.html", page.ToString());

        Assert.StartsWith("Real text & more <script>\nlink\ndeep", draft.Text);
        Assert.DoesNotContain("alert", draft.Text);
        Assert.DoesNotContain("evil", draft.Text);
        Assert.DoesNotContain("hidden", draft.Text);
        Assert.DoesNotContain("javascript", draft.Text);
        Assert.Contains("unclosed soup", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_PageWithoutText_ThrowsNoText()
    {
        var error = await Assert.ThrowsAsync<Airspace.Feeds.Files.ArticleFileException>(
            () => ReadAsync(Temp.Write("empty.html", "<html><body><script>x()</script><nav>Menu</nav></body></html>")));

        Assert.Contains("no article text", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_PathologicallyDeepPage_KeepsHeadMetadata()
    {
        var page = "<html lang=\"en\"><head><meta property=\"og:title\" content=\"Deep\">"
            + "<link rel=\"canonical\" href=\"https://example.org/deep\"></head><body>"
            + string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<h1>Deep</h1><p>Story text.</p></body></html>";

        var draft = await ReadSingleAsync("deep.html", page);

        Assert.Equal("Deep", draft.Title);
        Assert.Equal("https://example.org/deep", draft.Url);
        Assert.Equal("example.org", draft.Source);
        Assert.Equal("en", draft.Language);
        Assert.Equal("Story text.", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_LogoHeadingInHeader_IsNotTheTitle()
    {
        const string page = "<body><header><h1>Site logo</h1></header><div><h1 hidden>Hidden</h1><h1>Real headline</h1>"
            + "<p>Text.</p></div></body>";

        var draft = await ReadSingleAsync("logo.html", page);

        Assert.Equal("Real headline", draft.Title);
        Assert.Equal("Text.", draft.Text);
    }
}
