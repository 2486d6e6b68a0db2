using Airspace.Feeds.Files;

namespace Airspace.Feeds.Tests.Files;

public sealed class JsonFileTests : ReaderFixture
{
    [Fact]
    public async Task ReadAsync_SingleObject_MapsEveryField()
    {
        const string json = """
            {
              "title": "Su-35 &#8211; update",
              "url": "https://example.com/su-35",
              "published": "Fri, 15 Sep 2023 10:00:00 +0700",
              "updated": "2023-09-16",
              "text": "Paragraf satu.\n\nParagraf dua.",
              "author": {"name": "Roni"},
              "source": "example.com",
              "id": 42,
              "tags": ["Militer", "militer", " Rusia "],
              "image_url": "https://example.com/a.jpg",
              "lang": "EN"
            }
            """;

        var draft = await ReadSingleAsync("one.json", json);

        Assert.Equal("Su-35 – update", draft.Title);
        Assert.Equal("https://example.com/su-35", draft.Url);
        Assert.Equal(new DateTimeOffset(2023, 9, 15, 3, 0, 0, TimeSpan.Zero), draft.Published);
        Assert.Equal(new DateTimeOffset(2023, 9, 16, 0, 0, 0, TimeSpan.Zero), draft.Updated);
        Assert.Equal("Paragraf satu.\nParagraf dua.", draft.Text);
        Assert.Equal("Roni", draft.Author);
        Assert.Equal("example.com", draft.Source);
        Assert.Equal("42", draft.ExternalId);
        Assert.Equal(["Militer", "Rusia"], draft.Categories);
        Assert.Equal("https://example.com/a.jpg", draft.ImageUrl);
        Assert.Equal("en", draft.Language);
    }

    [Fact]
    public async Task ReadAsync_Array_ReturnsOneDraftPerObjectInOrder()
    {
        const string json = """
            [
              {"title": "A", "link": "https://e.com/a", "date": "2024-01-02T03:04:05Z", "content": "Alpha"},
              {"title": "B", "body": "Beta", "categories": "x, y"}
            ]
            """;

        var drafts = await ReadAsync(Temp.Write("many.json", json));

        Assert.Collection(drafts,
            a =>
            {
                Assert.Equal("A", a.Title);
                Assert.Equal("https://e.com/a", a.Url);
                Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), a.Published);
                Assert.Equal("Alpha", a.Text);
                Assert.Equal("file", a.Source);
            },
            b =>
            {
                Assert.Equal("Beta", b.Text);
                Assert.Equal(["x", "y"], b.Categories);
            });
    }

    [Fact]
    public async Task ReadAsync_HtmlContent_IsConvertedToText()
    {
        const string json = """
            {"content": {"rendered": "<p>One &amp; two</p><script>alert(1)</script><p>Three</p>"}, "title": {"rendered": "T"}}
            """;

        var draft = await ReadSingleAsync("wp.json", json);

        Assert.Equal("One & two\nThree", draft.Text);
        Assert.Equal("T", draft.Title);
    }

    [Fact]
    public async Task ReadAsync_HtmlKey_IsAlwaysConverted()
    {
        var draft = await ReadSingleAsync("h.json", """{"html": "Plain &lt;b&gt; text"}""");

        Assert.Equal("Plain <b> text", draft.Text);
    }

    [Fact]
    public async Task ReadAsync_UnparseableDate_IsNullNotAnError()
    {
        var draft = await ReadSingleAsync("d.json", """{"text": "x", "published": "sometime last week"}""");

        Assert.Null(draft.Published);
    }

    [Fact]
    public async Task ReadAsync_JsonLines_SkipsBlankLines()
    {
        var path = Temp.Write("feed.jsonl", "{\"id\": \"a\", \"text\": \"One\"}\n\n   \r\n{\"id\": \"b\", \"text\": \"Two\"}\n");

        var drafts = await ReadAsync(path);

        Assert.Equal(["a", "b"], drafts.Select(d => d.ExternalId));
        Assert.Equal(["One", "Two"], drafts.Select(d => d.Text));
    }

    [Fact]
    public async Task ReadAsync_IndoSumSample_Reads750DraftsWithCategories()
    {
        var drafts = await ReadAsync(Samples.IndoSumDev);

        Assert.Equal(750, drafts.Count);
        Assert.All(drafts, d =>
        {
            Assert.NotEmpty(d.Categories);
            Assert.False(string.IsNullOrWhiteSpace(d.ExternalId));
            Assert.StartsWith("http", d.Url);
            Assert.DoesNotContain("\n\n", d.Text);
        });
        var first = drafts[0];
        Assert.Equal("1490674536-mustahil-transportasi-tradisional-dan-online-bersa", first.ExternalId);
        Assert.Equal("kumparan", first.Source);
        Assert.Equal(["tajuk utama"], first.Categories);
        Assert.StartsWith("Ketua MPR Zulkifli Hasan menyesalkan kisruh", first.Text);
    }

    [Fact]
    public async Task ReadAsync_IndoSumSample_EveryRecordDatedFromItsId()
    {
        var drafts = await ReadAsync(Samples.IndoSumDev);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1490674536), drafts[0].Published);
        Assert.All(drafts, d => Assert.InRange(d.Published!.Value.Year, 2001, 2030));
    }

    [Theory]
    [InlineData("""{"id": "1490674536", "text": "Tanpa slug."}""")]
    [InlineData("""{"id": "9999999999-jauh-di-masa-depan", "text": "Bukan waktu berita."}""")]
    [InlineData("""{"id": "149067453-sembilan-digit", "text": "Sembilan digit."}""")]
    public async Task ReadAsync_IdThatIsNotAnIndoSumId_LeavesTheDateUnknown(string json)
    {
        var draft = await ReadSingleAsync("one.json", json);

        Assert.Null(draft.Published);
    }

    [Fact]
    public async Task ReadAsync_IndoSumIdWithAnExplicitDate_KeepsTheExplicitDate()
    {
        var draft = await ReadSingleAsync("one.json", """{"id": "1490674536-judul", "published": "2020-01-02", "text": "Teks."}""");

        Assert.Equal(new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero), draft.Published);
    }

    [Fact]
    public async Task ReadAsync_BadJsonLine_ReasonNamesTheLine()
    {
        var path = Temp.Write("bad.jsonl", "{\"text\": \"ok\"}\n{\"text\": \"ok\"}\n{\"text\": oops}\n");

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(path));

        Assert.StartsWith("line 3: invalid JSON", error.Reason);
        Assert.Equal("bad.jsonl: " + error.Reason, error.Message);
    }

    [Fact]
    public async Task ReadAsync_JsonLineNotAnObject_ReasonNamesTheLine()
    {
        var error = await Assert.ThrowsAsync<ArticleFileException>(
            () => ReadAsync(Temp.Write("arr.jsonl", "{\"text\": \"ok\"}\n[1, 2]\n")));

        Assert.Equal("line 2: expected a JSON object, found an array", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_InvalidJson_ReasonGivesThePosition()
    {
        var error = await Assert.ThrowsAsync<ArticleFileException>(
            () => ReadAsync(Temp.Write("broken.json", "{\n  \"text\": \"a\",\n  \"title\": }\n")));

        Assert.StartsWith("invalid JSON at line 3, position 12", error.Reason);
    }

    [Theory]
    [InlineData("\"just a string\"", "expected a JSON object or an array of objects, found a string")]
    [InlineData("[{\"text\": \"a\"}, 5]", "item 2: expected a JSON object, found a number")]
    [InlineData("[]", "the JSON array is empty; no articles")]
    [InlineData("{\"text\": \"a\", \"title\": 5}", "\"title\" must be a string, found a number")]
    [InlineData("{\"text\": \"a\", \"tags\": {\"x\": 1}}", "\"tags\" must be a string or an array, found an object")]
    public async Task ReadAsync_WrongShape_ReasonSaysWhatIsWrong(string json, string reason)
    {
        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(Temp.Write("shape.json", json)));

        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public async Task ReadAsync_MissingText_ReasonNamesTheItem()
    {
        const string json = """[{"id": "ok", "text": "fine"}, {"id": "x-7", "title": "No body", "text": "   "}]""";

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(Temp.Write("items.json", json)));

        Assert.StartsWith("item 2 (id \"x-7\"): no article text", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesMissingText_ReasonNamesTheLine()
    {
        var error = await Assert.ThrowsAsync<ArticleFileException>(
            () => ReadAsync(Temp.Write("items.jsonl", "{\"text\": \"a\"}\n{\"title\": \"b\"}\n")));

        Assert.StartsWith("line 2: no article text", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_DeeplyNestedJson_ThrowsArticleFileException()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var error = await Assert.ThrowsAsync<ArticleFileException>(() => ReadAsync(Temp.Write("deep.json", json)));

        Assert.Contains("invalid JSON", error.Reason);
    }

    [Fact]
    public async Task ReadAsync_WordPressRestShape_IsRead()
    {
        const string json = """
            [{"id": 81234, "date": "2023-09-15T17:30:00", "modified_gmt": "x", "link": "https://airspace-review.com/p/",
              "guid": {"rendered": "https://airspace-review.com/?p=81234"}, "author": 3, "categories": [12, 40],
              "title": {"rendered": "Kim Jong Un &#8211; KnAAZ"},
              "content": {"rendered": "<p>Satu.</p>\n<p>Dua.</p>", "protected": false}}]
            """;

        var draft = Assert.Single(await ReadAsync(Temp.Write("wp.json", json)));

        Assert.Equal("81234", draft.ExternalId);
        Assert.Equal("Kim Jong Un – KnAAZ", draft.Title);
        Assert.Equal("Satu.\nDua.", draft.Text);
        Assert.Null(draft.Author);
        Assert.Empty(draft.Categories);
        Assert.Equal(new DateTimeOffset(2023, 9, 15, 17, 30, 0, TimeSpan.Zero), draft.Published);
    }
}
