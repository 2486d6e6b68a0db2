namespace Airspace.Feeds.Tests.Files;

public sealed class MarkdownFileTests : ReaderFixture
{
    [Fact]
    public async Task ReadAsync_FrontMatter_FillsMetadata()
    {
        const string content = """
            ---
            title: "Su-35 untuk \"Indonesia\""
            url: https://example.com/su-35
            date: 2023-09-15T10:00:00+07:00
            updated: 'Fri, 15 Sep 2023 12:00:00 +0700'
            author: Roni Sontani
            source: example.com
            id: su-35-42
            image: /images/su35.jpg
            categories: [Militer, "Pesawat, Tempur"]
            lang: id-ID
            ---
            Paragraf pertama.
            """;

        var draft = await ReadSingleAsync("article.md", content);

        Assert.Equal("Su-35 untuk \"Indonesia\"", draft.Title);
        Assert.Equal("https://example.com/su-35", draft.Url);
        Assert.Equal(new DateTimeOffset(2023, 9, 15, 3, 0, 0, TimeSpan.Zero), draft.Published);
        Assert.Equal(new DateTimeOffset(2023, 9, 15, 5, 0, 0, TimeSpan.Zero), draft.Updated);
        Assert.Equal("Roni Sontani", draft.Author);
        Assert.Equal("example.com", draft.Source);
        Assert.Equal("su-35-42", draft.ExternalId);
        Assert.Equal("/images/su35.jpg", draft.ImageUrl);
        Assert.Equal(["Militer", "Pesawat, Tempur"], draft.Categories);
        Assert.Equal("id", draft.Language);
        Assert.Equal("Paragraf pertama.", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_BlockListCategoriesAndTags_AreMerged()
    {
        const string content = """
            ---
            title: T
            categories:
              - Aviation
              - 'Defence'
            tags: drones, Aviation
            ---
            Body.
            """;

        var draft = await ReadSingleAsync("list.markdown", content);

        Assert.Equal(["Aviation", "Defence", "drones"], draft.Categories);
    }

    [Fact]
    public async Task ReadAsync_NoFrontMatter_LeadingHeadingIsTheTitle()
    {
        const string content = """
            # Kim Jong Un visits **KnAAZ**

            Media Rusia *melaporkan* kunjungan
            ke [pabrik](https://example.com/knaaz "KnAAZ") pesawat.

            ## Latar belakang

            - Su-35S
            * Su-57
            1. Tu-160
            > Kutipan dari `Peskov`.

            ![foto](https://example.com/a.jpg)
            ---
            """;

        var draft = await ReadSingleAsync("2023-09-15-knaaz.md", content);

        Assert.Equal("Kim Jong Un visits KnAAZ", draft.Title);
        Assert.Equal("file", draft.Source);
        Assert.Equal(new DateTimeOffset(2023, 9, 15, 0, 0, 0, TimeSpan.Zero), draft.Published);
        Assert.Equal(
            "Media Rusia melaporkan kunjungan ke pabrik pesawat.\nLatar belakang\nSu-35S\nSu-57\nTu-160\nKutipan dari Peskov.",
            draft.Text);
    }

    [Fact]
    public async Task ReadAsync_NoHeading_TitleIsNullAndTextIsKept()
    {
        var draft = await ReadSingleAsync("plain.md", "First paragraph with snake_case_name and 2 * 3 * 4.\n\nSecond.");

        Assert.Null(draft.Title);
        Assert.Equal("First paragraph with snake_case_name and 2 * 3 * 4.\nSecond.", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_FrontMatterTitleAndSameHeading_HeadingIsNotRepeatedInText()
    {
        var draft = await ReadSingleAsync("dup.md", "---\ntitle: Same\n---\n# Same\n\nBody.");

        Assert.Equal("Same", draft.Title);
        Assert.Equal("Body.", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_CodeFence_IsKeptAsText()
    {
        const string content = """
            Intro **bold**.

            ```csharp
            var x = a * b * c; // [not](a link)
            ```
            """;

        var draft = await ReadSingleAsync("code.md", content);

        Assert.Equal("Intro bold.\nvar x = a * b * c; // [not](a link)", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_RawHtmlInMarkdown_ScriptRemovedEntitiesDecoded()
    {
        const string content = """
            Para &amp; more <em>text</em>.

            <script>
            alert(1)

            stealCookies()
            </script>

            End.
            """;

        var draft = await ReadSingleAsync("html.md", content);

        Assert.Equal("Para & more text.\nEnd.", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_OnlyFrontMatter_ThrowsNoText()
    {
        var error = await Assert.ThrowsAsync<Airspace.Feeds.Files.ArticleFileException>(
            () => ReadAsync(Temp.Write("empty-body.md", "---\ntitle: Nothing\n---\n\n")));

        Assert.Contains("no article text", error.Reason);
    }
}
